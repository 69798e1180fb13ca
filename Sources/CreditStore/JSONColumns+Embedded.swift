import CreditModel

extension JSONColumns {
    /// An image's embedded metadata (`image.embedded`).
    /// - Throws: ``RecordMappingError`` when the column does not hold it.
    static func embedded(_ text: String) throws -> EmbeddedMetadata {
        try JSONColumnReader.read(text, column: "image.embedded") { reader in
            var file: String?
            var value = EmbeddedMetadata(file: "")
            var seen: Set<String> = []
            try reader.forEachMember { reader, key in
                // Of a repeated member, `JSONDecoder` keeps the first and never reads the rest.
                guard seen.insert(key).inserted, let member = EmbeddedMetadata.CodingKeys(rawValue: key) else {
                    try reader.skipValue()
                    return
                }
                switch member {
                case .file: file = try reader.string()
                case .from: value.from = try blocks(&reader)
                case .note: value.note = try reader.optionalString()
                case .copyrightNotice: value.copyrightNotice = try reader.optionalString()
                case .creator: value.creator = try reader.optionalString()
                case .creditLine: value.creditLine = try reader.optionalString()
                case .licensor: value.licensor = try reader.optionalString()
                case .source: value.source = try reader.optionalString()
                case .usageTerms: value.usageTerms = try reader.optionalString()
                case .webStatement: value.webStatement = try reader.optionalString()
                }
            }
            guard let file else { throw JSONColumnReader.Damaged() }
            value.file = file
            return value
        }
    }

    private static func blocks(_ reader: inout JSONColumnReader) throws -> [EmbeddedMetadata.Field: EmbeddedMetadata
        .Block]
    {
        var blocks: [EmbeddedMetadata.Field: EmbeddedMetadata.Block] = [:]
        try reader.forEachMember { reader, key in
            guard let field = EmbeddedMetadata.Field(rawValue: key) else { throw JSONColumnReader.Damaged() }
            let block = try reader.rawValue(EmbeddedMetadata.Block.self)
            if blocks[field] == nil { blocks[field] = block }
        }
        return blocks
    }
}
