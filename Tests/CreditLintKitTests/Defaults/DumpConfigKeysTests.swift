import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing
import Yams

@Suite("dump-config shows every key the README documents and the loader accepts")
struct DumpConfigKeysTests {
    /// The top-level keys of a YAML mapping, in order.
    static func keys(ofYAML text: String) throws -> [String] {
        let node = try #require(try Yams.compose(yaml: text))
        return try #require(node.mapping).keys.compactMap(\.string)
    }

    @Test("the keys of dump-config, of the README's example and of the loader are the same, in one order")
    func sameKeys() throws {
        let dumped = try CreditlintProcess.run(["dump-config"])
        #expect(dumped.status == 0)
        let dumpKeys = try Self.keys(ofYAML: dumped.stdout)
        let readmeKeys = try Self.keys(ofYAML: try Readme.fencedBlock("yaml", after: "### Configuration"))
        #expect(dumpKeys == readmeKeys)
        #expect(dumpKeys == Configuration.keys)
        // Every dumped key loads without an unknown-key warning, and the dump loads back whole.
        let loaded = try Configuration.parse(dumped.stdout, path: "dump.yml")
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.configuration == Configuration.defaults)
    }

    @Test("the README's table of keys names only keys the loader accepts")
    func readmeTable() throws {
        let text = try Readme.text()
        let start = try #require(text.range(of: "| key | meaning |"))
        let table = text[start.upperBound...].split(separator: "\n").dropFirst().prefix { $0.hasPrefix("|") }
        let named = table.flatMap { row in
            row.split(separator: "|").first.map { cell in
                cell.matches(of: /`([A-Za-z]+)`/).map { String($0.output.1) }
            } ?? []
        }
        #expect(!named.isEmpty)
        for key in named { #expect(Configuration.keys.contains(key), "\(key) is not a configuration key") }
    }
}
