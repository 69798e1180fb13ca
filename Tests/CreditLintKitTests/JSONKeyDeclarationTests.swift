import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

/// A key of the JSON outputs (the report, SARIF, the baseline file, the run database's JSON
/// columns) is named once, by the Swift type that holds the value: a stored property and its
/// `CodingKeys` case. The code that writes, reads or searches JSON takes keys from there and
/// never spells one as a string, so renaming a key cannot leave a writer or reader behind.
@Suite("JSON keys declared once")
struct JSONKeyDeclarationTests {
    /// Objects whose keys are data (severities, licence ids, rule fingerprints, base ids), not names.
    static let maps: Set<String> = [
        "findingsBySeverity", "imagesByLicense", "partialFingerprints", "originalUriBaseIds",
    ]

    /// Every key of every object in `value`, maps' keys aside.
    static func keys(of value: JSONValue) -> Set<String> {
        switch value {
        case .object(let members):
            var keys = Set(members.keys)
            for (key, member) in members where !maps.contains(key) { keys.formUnion(self.keys(of: member)) }
            return keys
        case .array(let items):
            return items.reduce(into: []) { $0.formUnion(keys(of: $1)) }
        default:
            return []
        }
    }

    /// The keys of the JSON report, the SARIF log and the baseline file of a report that has
    /// every field.
    static func outputKeys() throws -> Set<String> {
        let report = SampleReports.full
        let baseline = try TemporaryFolder()
        try Baseline(report: report).write(to: baseline.file("baseline.json"))
        let texts = [
            try JSONRenderer().render(report), try SARIFRenderer().render(report),
            try String(contentsOfFile: baseline.file("baseline.json"), encoding: .utf8),
        ]
        return try texts.reduce(into: []) { $0.formUnion(keys(of: try JSONValue.parse($1))) }
    }

    /// The sources that write or search JSON: the model (which declares the keys), the JSON and
    /// SARIF code of the reporting module, and the baseline file.
    static func jsonSources() throws -> [URL] {
        let sources = TestFiles.repositoryRoot.appendingPathComponent("Sources")
        let files = try TestFiles.files(under: sources, withExtension: "swift")
        return files.filter { file in
            let path = file.path
            let name = file.lastPathComponent
            return path.contains("/Sources/CreditModel/")
                || (path.contains("/Sources/CreditReporting/") && (name.contains("JSON") || name.contains("SARIF")))
                || (path.contains("/Sources/CreditLintKit/") && name.hasPrefix("Baseline"))
                || (path.contains("/Sources/CreditStore/") && name.hasPrefix("JSONColumns"))
        }
    }

    @Test("no JSON key is spelled as a string outside its CodingKeys")
    func keysAreNotSpelledOut() throws {
        let keys = try Self.outputKeys()
        #expect(keys.count > 80)
        let files = try Self.jsonSources()
        #expect(files.count > 20)
        for file in files {
            let source = Self.withoutCodingKeys(try String(contentsOf: file, encoding: .utf8))
            for literal in SwiftStringLiterals.contents(of: source) {
                let spelled = keys.filter { key in
                    literal == key || literal.contains("\\\"\(key)\\\"") || literal.contains("\"\(key)\"")
                }
                #expect(spelled.isEmpty, "\(file.lastPathComponent) spells \(spelled.sorted()) in \"\(literal)\"")
            }
        }
    }

    @Test("the check finds a key spelled in a literal, plain or quoted inside one")
    func checkCanFail() {
        let source = #"""
            writer.field("sha256", value)  // "ignored" in a comment
            let needle = "\n    \"reusedFrom\" : "
            let raw = #""encoding" : "#
            enum CodingKeys: String, CodingKey { case schema = "$schema" }
            """#
        let literals = SwiftStringLiterals.contents(of: Self.withoutCodingKeys(source))
        #expect(literals.contains("sha256"))
        #expect(literals.contains { $0.contains("\\\"reusedFrom\\\"") })
        #expect(literals.contains { $0.contains("\"encoding\"") })
        #expect(!literals.contains("ignored"))
        #expect(!literals.contains("$schema"))
    }

    /// The source with every `CodingKeys` enum's body removed: the one place a key may be a
    /// string (a raw value that differs from the case's name).
    static func withoutCodingKeys(_ source: String) -> String {
        source.replacingOccurrences(of: #"enum CodingKeys[^{]*\{[^}]*\}"#, with: "", options: .regularExpression)
    }
}

/// The contents of the string literals in Swift source, comments skipped: plain, multi-line and
/// raw (`#"…"#`) literals, escapes left as written.
enum SwiftStringLiterals {
    static func contents(of source: String) -> [String] {
        let bytes = Array(source.utf8)
        var literals: [String] = []
        var index = 0
        func starts(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text.utf8)
            return position + pattern.count <= bytes.count
                && Array(bytes[position..<position + pattern.count]) == pattern
        }
        while index < bytes.count {
            if starts("//", at: index) {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if starts("/*", at: index) {
                index += 2
                while index < bytes.count, !starts("*/", at: index) { index += 1 }
                index += 2
            } else if bytes[index] == 0x22
                || (bytes[index] == 0x23 && starts("\"", at: index + countHashes(bytes, index)))
            {
                let hashes = countHashes(bytes, index)
                index += hashes
                let multiline = starts("\"\"\"", at: index)
                let quote = String(repeating: "\"", count: multiline ? 3 : 1)
                let close = quote + String(repeating: "#", count: hashes)
                index += quote.count
                let start = index
                while index < bytes.count, !starts(close, at: index) {
                    if bytes[index] == 0x5C, hashes == 0 { index += 1 }
                    index += 1
                }
                literals.append(String(decoding: bytes[start..<min(index, bytes.count)], as: UTF8.self))
                index += close.utf8.count
            } else {
                index += 1
            }
        }
        return literals
    }

    private static func countHashes(_ bytes: [UInt8], _ start: Int) -> Int {
        var count = 0
        while start + count < bytes.count, bytes[start + count] == 0x23 { count += 1 }
        return count
    }
}
