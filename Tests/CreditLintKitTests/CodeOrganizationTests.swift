import CreditTestSupport
import Foundation
import Testing

/// Checks the module boundaries and size limits that code review would otherwise have to.
@Suite("Code organisation")
struct CodeOrganizationTests {
    private static func sourceFiles() throws -> [(path: String, text: String)] {
        let sources = TestFiles.repositoryRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var files: [(String, String)] = []
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            files.append((path, text))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test(
        "each C library or CLI framework is imported by exactly one module",
        arguments: [("CLibXML2", "CreditHTML/"), ("GRDB", "CreditStore/"), ("ArgumentParser", "creditlint/")])
    func importBoundaries(module: String, owner: String) throws {
        let importers = try Self.sourceFiles().filter { file in
            file.text.split(separator: "\n").contains { line in
                line.hasSuffix("import \(module)")
            }
        }
        #expect(!importers.isEmpty)
        #expect(importers.allSatisfy { $0.path.hasPrefix(owner) }, "\(importers.map(\.path))")
        if module != "ArgumentParser" {
            // internal import keeps the C or database types out of every public signature.
            #expect(importers.allSatisfy { $0.text.contains("internal import \(module)") })
        }
    }

    @Test("no hand-written source file is longer than 300 lines")
    func fileLength() throws {
        for file in try Self.sourceFiles() where !file.path.hasSuffix("+Generated.swift") {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines <= 300, "\(file.path) has \(lines) lines")
        }
    }
}
