import CreditModel
import CreditReporting

/// The `document.skipped` column (migration `v6-skipped-column`): a page's skipped images as
/// one compact JSON array of `[src, line, reason]` arrays, in the page's order; `[]` when
/// there are none. An image skipped with evidence has it as a fourth element,
/// `[src, line, reason, evidence]`, an object (``ImageEvidence``); pages recorded before
/// evidence was an object hold a string there, read as the evidence's summary, and pages
/// recorded before evidence existed read as before.
///
/// One value per page rather than one row per image, because a rescan copies every unchanged
/// page's rows and a site has many skipped images (logos, icons, pixels) on every page: as
/// rows they were most of what a rescan wrote. Reports read the list whole, and counts come
/// from `json_array_length`, so nothing needs the images one by one in SQL. Positional
/// arrays rather than objects, because a site's skipped images are many and their URLs long
/// already: keys would repeat in every element of every copy a rescan writes (a fifth more
/// text on the benchmark site). `json_each(skipped)` still reads them (`value ->> 0` is src).
///
/// The text is written exactly as SQLite's `json_array` and `json_group_array` write it
/// (the migration builds the arrays of older pages with them), so that a page reads and
/// compares alike whichever of the two wrote it.
enum SkippedColumn {
    /// The column's value for `skipped`.
    static func text(_ skipped: [SkippedImage]) -> String {
        guard !skipped.isEmpty else { return "[]" }
        // One writer for the whole list: evidence objects are written by it, as SQLite's
        // `json()` writes an object (compact, slashes as they are), into the list's bytes.
        var writer = JSONWriter(pretty: false, escapingSlashes: false)
        writer.bytes.reserveCapacity(skipped.count * 96)
        for (index, image) in skipped.enumerated() {
            writer.bytes += (index == 0 ? "[[" : ",[").utf8
            JSONString.append(image.src, to: &writer.bytes)
            writer.bytes.append(UInt8(ascii: ","))
            writer.bytes += String(image.line).utf8
            writer.bytes.append(UInt8(ascii: ","))
            JSONString.append(image.reason, to: &writer.bytes)
            if let evidence = image.evidence {
                writer.bytes.append(UInt8(ascii: ","))
                evidence.write(to: &writer)
            }
            writer.bytes.append(UInt8(ascii: "]"))
        }
        writer.bytes.append(UInt8(ascii: "]"))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The skipped images a column value holds, in order.
    /// - Throws: When the value is not such an array (a damaged database).
    static func images(_ text: String) throws -> [SkippedImage] {
        if text == "[]" { return [] }
        do {
            return try JSONColumnReader.read(text, column: "document.skipped") { reader in
                var images: [SkippedImage] = []
                try reader.forEachElement { images.append(try image(&$0)) }
                return images
            }
        } catch is RecordMappingError {
            throw RecordMappingError(reason: "document.skipped is not a list of skipped images")
        }
    }

    /// One `[src, line, reason]` or `[src, line, reason, evidence]` element.
    private static func image(_ reader: inout JSONColumnReader) throws -> SkippedImage {
        var (src, line, reason) = ("", 0, "")
        var evidence: ImageEvidence?
        var count = 0
        try reader.forEachElement { reader in
            switch count {
            case 0: src = try reader.string()
            case 1: line = try reader.int()
            case 2: reason = try reader.string()
            case 3: evidence = try JSONColumns.evidence(&reader)
            default: throw JSONColumnReader.Damaged()
            }
            count += 1
        }
        guard count == 3 || count == 4 else { throw JSONColumnReader.Damaged() }
        return SkippedImage(src: src, line: line, reason: reason, evidence: evidence)
    }
}
