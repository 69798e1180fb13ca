/// Access to the data files of `Licenses/` compiled into the binary.
///
/// `LicenseCatalog+Generated.swift` adds `embeddedFiles`; everything else reads the data
/// through `table(_:)` so that the TSV format is interpreted in exactly one place.
enum LicenseData {
    /// The parsed table of one embedded file (`cc-tools.tsv`), or an empty table if absent.
    ///
    /// A missing file is a build mistake that the catalogue-integrity tests catch; returning an
    /// empty table keeps the library usable (it just knows fewer licences) instead of trapping.
    static func table(_ name: String) -> TSVTable {
        guard let file = embeddedFiles.first(where: { $0.name == name }) else {
            return TSVTable(text: "")
        }
        return TSVTable(text: file.text)
    }
}

/// A tab-separated table with a header row.
struct TSVTable: Sendable {
    /// Column names from the first line.
    let columns: [String]
    /// Data rows; each row has exactly `columns.count` cells (short rows are padded).
    let rows: [[String]]

    /// Parses TSV text: first line is the header, blank lines and `#` comment lines are skipped.
    init(text: String) {
        var text = text
        var lines = text.withUTF8(Self.lines)
        guard !lines.isEmpty else {
            columns = []
            rows = []
            return
        }
        let header = lines.removeFirst()
        columns = header
        rows = lines.map { cells in
            cells.count < header.count ? cells + Array(repeating: "", count: header.count - cells.count) : cells
        }
    }

    /// The cells of every line that is neither blank nor a `#` comment, in one pass over the
    /// bytes: every process reads the whole catalogue (thousands of rows) when it starts, and
    /// the generic splits of `String.UTF8View` cost several times as much.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [[String]] {
        var lines: [[String]] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !line.isEmpty && line[0] != 0x23 && !isBlank(line) {
                var cells: [String] = []
                cells.reserveCapacity(lines.first?.count ?? 16)
                var cellStart = 0
                for index in 0...line.count where index == line.count || line[index] == 0x09 {
                    cells.append(
                        String(decoding: UnsafeBufferPointer(rebasing: line[cellStart..<index]), as: UTF8.self))
                    cellStart = index + 1
                }
                lines.append(cells)
            }
            start = end + 1
        }
        return lines
    }

    /// Whether a line holds only whitespace (`trimmingWhitespace()` would leave nothing).
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // One visible ASCII character settles it, and nearly every line has one before its
        // first tab; only a line of nothing but whitespace and non-ASCII needs decoding.
        if line.contains(where: { $0 < 0x80 && !$0.isASCIIWhitespace }) { return false }
        if line.allSatisfy({ $0 < 0x80 }) { return true }
        return String(decoding: line, as: UTF8.self).trimmingWhitespace().isEmpty
    }

    /// The rows as column-name → value dictionaries, for readable loaders.
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }
}
