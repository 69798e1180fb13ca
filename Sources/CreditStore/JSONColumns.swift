import CreditModel
import CreditReporting

/// The JSON columns of the run database, both ways: `credit.modifications`, `credit.origins`,
/// `image.sources`, `image.missing_parts`, `image.metadata` and `image.evidence`
/// (`document.skipped` is ``SkippedColumn``'s, which holds evidence too).
///
/// They are written as GRDB's `JSONEncoder` writes a model (compact, keys sorted, `/` escaped),
/// which is how databases of earlier versions hold them, so that every page reads alike
/// whichever version recorded it. They are read as `JSONDecoder` reads the model (members in
/// any order, unknown members ignored, an optional member missing or `null`, the first of a
/// repeated one), through ``JSONColumnReader`` rather than `JSONDecoder`, which cost more than
/// the rest of reading a page. `JSONColumnsTests` holds both to the same answers.
enum JSONColumns {
    /// The column's value for a list of strings, written directly: every image's sources go
    /// through here, and a `JSONEncoder`'s set-up per call cost more than the writing.
    static func text(_ strings: [String]) -> String {
        var output: [UInt8] = [0x5B]
        for (position, string) in strings.enumerated() {
            if position > 0 { output.append(0x2C) }
            JSONString.append(string, to: &output, escapingSlashes: true)
        }
        output.append(0x5D)
        return String(decoding: output, as: UTF8.self)
    }

    /// The column's value for a credit's field origins.
    static func text(_ origins: [CreditField: FieldOrigin]) -> String {
        CompactJSONEncoder.origins(origins)
    }

    /// The column's value for an image's structured metadata.
    static func text(_ metadata: ImageMetadata) -> String {
        CompactJSONEncoder.metadata(metadata)
    }

    /// The column's value for an image's embedded metadata.
    static func text(_ embedded: EmbeddedMetadata) -> String {
        CompactJSONEncoder.embedded(embedded)
    }

    /// The column's value for an image's evidence.
    static func text(_ evidence: ImageEvidence) -> String {
        CompactJSONEncoder.evidence(evidence)
    }

    /// An image's evidence (`image.evidence`).
    /// - Throws: ``RecordMappingError`` naming `column` when it does not hold one.
    static func evidence(_ text: String, column: String) throws -> ImageEvidence {
        try JSONColumnReader.read(text, column: column) { try evidence(&$0) }
    }

    /// Evidence where the reader stands: an object, or a string, which is how pages recorded
    /// before evidence was an object held the summary alone.
    static func evidence(_ reader: inout JSONColumnReader) throws -> ImageEvidence {
        if reader.nextIsString() { return ImageEvidence(summary: try reader.string()) }
        var value = ImageEvidence()
        var seen = SeenMembers()
        try reader.forEachMember { reader, key in
            switch ImageEvidence.CodingKeys(rawValue: key) {
            case .article? where seen.first(0): value.article = try reader.optionalString()
            case .articleBasis? where seen.first(1): value.articleBasis = try reader.optionalString()
            case .candidates? where seen.first(2):
                value.candidates = reader.null() ? nil : try list(&reader, of: candidate)
            case .check? where seen.first(3): value.check = try reader.optionalString()
            case .duplicateOf? where seen.first(4): value.duplicateOf = try reader.optionalString()
            case .inArticle? where seen.first(5): value.inArticle = reader.null() ? nil : try reader.bool()
            case .licenseFrom? where seen.first(6): value.licenseFrom = try reader.optionalString()
            case .signals? where seen.first(7): value.signals = reader.null() ? nil : try list(&reader, of: signal)
            case .strategy? where seen.first(8): value.strategy = try reader.optionalString()
            case .summary? where seen.first(9): value.summary = try reader.optionalString()
            case .threshold? where seen.first(10): value.threshold = reader.null() ? nil : try reader.int()
            default: try reader.skipValue()
            }
        }
        return value
    }

    private static func list<Element>(
        _ reader: inout JSONColumnReader, of element: (inout JSONColumnReader) throws -> Element
    ) throws -> [Element] {
        var elements: [Element] = []
        try reader.forEachElement { elements.append(try element(&$0)) }
        return elements
    }

    private static func signal(_ reader: inout JSONColumnReader) throws -> EvidenceSignal {
        var (name, weight, detail): (String?, Int?, String?) = (nil, nil, nil)
        var seen = SeenMembers()
        try reader.forEachMember { reader, key in
            switch EvidenceSignal.CodingKeys(rawValue: key) {
            case .detail? where seen.first(0): detail = try reader.string()
            case .name? where seen.first(1): name = try reader.string()
            case .weight? where seen.first(2): weight = try reader.int()
            default: try reader.skipValue()
            }
        }
        guard let name, let weight, let detail else { throw JSONColumnReader.Damaged() }
        return EvidenceSignal(name: name, weight: weight, detail: detail)
    }

    private static func candidate(_ reader: inout JSONColumnReader) throws -> CreditCandidate {
        var (strategy, text, lostTo, reason): (String?, String?, String?, String?) = (nil, nil, nil, nil)
        var seen = SeenMembers()
        try reader.forEachMember { reader, key in
            switch CreditCandidate.CodingKeys(rawValue: key) {
            case .lostTo? where seen.first(0): lostTo = try reader.optionalString()
            case .reason? where seen.first(1): reason = try reader.string()
            case .strategy? where seen.first(2): strategy = try reader.string()
            case .text? where seen.first(3): text = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let strategy, let text, let reason else { throw JSONColumnReader.Damaged() }
        return CreditCandidate(strategy: strategy, text: text, lostTo: lostTo, reason: reason)
    }

    /// A list of strings (`credit.modifications`, `image.sources`).
    /// - Throws: ``RecordMappingError`` naming `column` when it is not one.
    static func strings(_ text: String, column: String) throws -> [String] {
        // Most credits have no modifications and most images no other sources.
        if text == "[]" { return [] }
        return try JSONColumnReader.read(text, column: column) { reader in
            var strings: [String] = []
            try reader.forEachElement { strings.append(try $0.string()) }
            return strings
        }
    }

    /// A credit's field origins, keyed by field (`credit.origins`).
    /// - Throws: ``RecordMappingError`` when the column does not hold them.
    static func origins(_ text: String) throws -> [CreditField: FieldOrigin] {
        if text == "{}" { return [:] }
        return try JSONColumnReader.read(text, column: "credit.origins") { reader in
            var origins: [CreditField: FieldOrigin] = [:]
            try reader.forEachMember { reader, key in
                guard let field = CreditField(rawValue: key) else { throw JSONColumnReader.Damaged() }
                // Of a repeated member, `JSONDecoder` keeps the first and never reads the rest.
                if origins[field] == nil { origins[field] = try origin(&reader) } else { try reader.skipValue() }
            }
            return origins
        }
    }

    /// An image's structured metadata (`image.metadata`).
    /// - Throws: ``RecordMappingError`` when the column does not hold it.
    static func metadata(_ text: String) throws -> ImageMetadata {
        try JSONColumnReader.read(text, column: "image.metadata") { reader in
            var format: FieldOrigin.Method?
            var line: Int?
            var value = ImageMetadata(format: .text, line: 0)
            var seen = SeenMembers()
            try reader.forEachMember { reader, key in
                switch ImageMetadata.CodingKeys(rawValue: key) {
                case .format? where seen.first(0): format = try reader.rawValue(FieldOrigin.Method.self)
                case .line? where seen.first(1): line = try reader.int()
                case .creditText? where seen.first(2): value.creditText = try reader.optionalString()
                case .creator? where seen.first(3): value.creator = try reader.optionalString()
                case .copyrightNotice? where seen.first(4): value.copyrightNotice = try reader.optionalString()
                case .license? where seen.first(5): value.license = try reader.optionalString()
                case .acquireLicensePage? where seen.first(6): value.acquireLicensePage = try reader.optionalString()
                case .title? where seen.first(7): value.title = try reader.optionalString()
                case .attributionURL? where seen.first(8): value.attributionURL = try reader.optionalString()
                default: try reader.skipValue()
                }
            }
            guard let format, let line else { throw JSONColumnReader.Damaged() }
            value.format = format
            value.line = line
            return value
        }
    }

    /// One field's origin, an object.
    private static func origin(_ reader: inout JSONColumnReader) throws -> FieldOrigin {
        var method: FieldOrigin.Method?
        var element: String?
        var line: Int?
        var property: String?
        var seen = SeenMembers()
        try reader.forEachMember { reader, key in
            switch FieldOrigin.CodingKeys(rawValue: key) {
            case .method? where seen.first(0): method = try reader.rawValue(FieldOrigin.Method.self)
            case .element? where seen.first(1): element = try reader.string()
            case .line? where seen.first(2): line = try reader.int()
            case .property? where seen.first(3): property = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
        guard let method, let element, let line else { throw JSONColumnReader.Damaged() }
        return FieldOrigin(method: method, element: element, line: line, property: property)
    }
}

/// The members of an object read so far, one bit each: of a repeated member, `JSONDecoder`
/// keeps the first and skips the rest unread, and so do the readers above.
private struct SeenMembers {
    private var bits: UInt32 = 0

    /// True the first time `member` is asked about, false after.
    mutating func first(_ member: Int) -> Bool {
        let bit = UInt32(1) << member
        defer { bits |= bit }
        return bits & bit == 0
    }
}
