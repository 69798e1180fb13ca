import Testing

@testable import CreditLicenses

/// The byte-level TSV reader against the plain reading it replaced: lines split on line
/// feeds, blank and `#` lines dropped, cells split on tabs with empty ones kept, short rows
/// padded.
@Suite("TSV tables")
struct TSVTableTests {
    /// The plain reading, written out with the standard library's splits of the UTF-8 (a
    /// split on `Character`s would keep "\r\n" whole).
    static func reference(_ text: String) -> (columns: [String], rows: [[String]]) {
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true).map { String(Substring($0)) }
            .filter { !$0.hasPrefix("#") && !$0.trimmingWhitespace().isEmpty }
        guard !lines.isEmpty else { return ([], []) }
        func cells(_ line: String) -> [String] {
            line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
        }
        let header = cells(lines.removeFirst())
        return (header, lines.map { cells($0) + Array(repeating: "", count: max(0, header.count - cells($0).count)) })
    }

    static let texts = [
        "", "\n\n", "# only a comment\n", "a\tb\n1\t2\n", "a\tb\tc\n1\n\n# note\n2\t\t3\n  \n\t\n",
        "name\tvalue\r\nx\ty\r\n", "é\tü\n中文\t한국어\n\u{00A0}\n", "a\tb\nno final newline", "a\n\t\t\n",
        "a\tb\n\u{00A0}\t\u{3000}\n\u{00A0}x\n\u{2003}é\n",
    ]

    @Test("hand-made texts read as the plain splits read them", arguments: texts)
    func handMade(_ text: String) {
        let table = TSVTable(text: text)
        let expected = Self.reference(text)
        #expect(table.columns == expected.columns)
        #expect(table.rows == expected.rows)
    }

    @Test("every compiled data file reads as the plain splits read it")
    func compiledFiles() {
        #expect(!LicenseData.embeddedFiles.isEmpty)
        for file in LicenseData.embeddedFiles {
            let table = TSVTable(text: file.text)
            let expected = Self.reference(file.text)
            #expect(table.columns == expected.columns, "\(file.name)")
            #expect(table.rows == expected.rows, "\(file.name)")
        }
    }
}
