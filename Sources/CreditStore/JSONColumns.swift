import CreditCore

/// The JSON columns of the run database read back into the models: `credit.modifications`,
/// `credit.origins`, `image.sources` and `image.metadata` (`document.skipped` is
/// ``SkippedColumn``'s).
///
/// Each reads what the model's `Decodable` conformance read before (members in any order,
/// unknown members ignored, an optional member missing or `null`), through
/// ``JSONColumnReader`` rather than `JSONDecoder`, which cost more than the rest of reading a
/// page. `JSONColumnsTests` holds both to the same answers.
enum JSONColumns {
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
                origins[field] = try origin(&reader)
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
            try reader.forEachMember { reader, key in
                switch key {
                case "format": format = try reader.rawValue(FieldOrigin.Method.self)
                case "line": line = try reader.int()
                case "creditText": value.creditText = try reader.optionalString()
                case "creator": value.creator = try reader.optionalString()
                case "copyrightNotice": value.copyrightNotice = try reader.optionalString()
                case "license": value.license = try reader.optionalString()
                case "acquireLicensePage": value.acquireLicensePage = try reader.optionalString()
                case "title": value.title = try reader.optionalString()
                case "attributionURL": value.attributionURL = try reader.optionalString()
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
        try reader.forEachMember { reader, key in
            switch key {
            case "method": method = try reader.rawValue(FieldOrigin.Method.self)
            case "element": element = try reader.string()
            case "line": line = try reader.int()
            case "property": property = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
        guard let method, let element, let line else { throw JSONColumnReader.Damaged() }
        return FieldOrigin(method: method, element: element, line: line, property: property)
    }
}
