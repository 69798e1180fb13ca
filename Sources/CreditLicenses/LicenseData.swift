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
        // Split on the bytes: walking the whole catalogue Character by Character was a
        // noticeable part of every process's start-up.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true)
            .map { String(Substring($0)) }
            .filter { !$0.hasPrefix("#") && !$0.trimmingWhitespace().isEmpty }
        guard !lines.isEmpty else {
            columns = []
            rows = []
            return
        }
        let header = Self.cells(lines.removeFirst())
        columns = header
        rows = lines.map { line in
            var cells = Self.cells(line)
            if cells.count < header.count {
                cells += Array(repeating: "", count: header.count - cells.count)
            }
            return cells
        }
    }

    /// A line's tab-separated cells, empty ones kept: what `components(separatedBy: "\t")`
    /// gives, split on the bytes (Foundation's version was a third of a small scan's start-up).
    static func cells(_ line: String) -> [String] {
        line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// The rows as column-name → value dictionaries, for readable loaders.
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }
}
