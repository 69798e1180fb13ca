import CreditLicenses
import CreditTestSupport
import Foundation
import Testing

/// The committed `Licenses/cc-translations.tsv`: where it came from and what it may say.
@Suite("Creative Commons translation data")
struct TranslationDataTests {
    static let text =
        (try? String(
            contentsOf: TestFiles.repositoryRoot.appendingPathComponent("Licenses/cc-translations.tsv"), encoding: .utf8
        )) ?? ""

    static var rows: [[String]] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test("the header records the source repository and both commits")
    func provenance() throws {
        #expect(Self.text.contains("https://github.com/creativecommons/cc-legal-tools-app"))
        let commits = Self.text.split(separator: "\n").filter { $0.hasPrefix("#") && $0.contains(" at ") }
        #expect(commits.count == 2)
        for line in commits {
            let hash = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(hash.count == 40 && hash.allSatisfy(\.isHexDigit), "\(line)")
        }
    }

    @Test("every row has four cells and a meaning the vocabulary reads")
    func meanings() {
        let known: Set<String> = ["anchor", "generic", "noise", "pdd", "mark", "public-domain"]
        let elements: Set<String> = ["by", "nc", "nd", "sa", "sampling", "sampling+"]
        #expect(Self.rows.count > 500)
        for row in Self.rows {
            #expect(row.count == 4, "\(row)")
            guard row.count == 4 else { continue }
            let meaning = row[1]
            let isUnit = meaning.split(separator: "-").allSatisfy { elements.contains(String($0)) }
            #expect(known.contains(meaning) || meaning.hasPrefix("port:") || isUnit, "\(row)")
            #expect(!row[3].isEmpty && row[3] == row[3].trimmingCharacters(in: .whitespaces), "\(row)")
        }
    }

    @Test("every port named is a port of the catalogue")
    func ports() {
        let ports = Set(LicenseCatalog.all.compactMap(\.jurisdiction))
        for row in Self.rows where row.count == 4 && row[1].hasPrefix("port:") {
            #expect(ports.contains(String(row[1].dropFirst(5))), "\(row)")
        }
    }
}
