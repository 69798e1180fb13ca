import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Configuration file")
struct ConfigurationTests {
    @Test("the nearest .creditlint.yml above the scanned folder is used, and the command line wins")
    func discoveryAndMerge() throws {
        let folder = try TemporaryFolder([
            ".creditlint.yml": "version: 1\ncommercial: true\nfailOn: warning\nexclude: ['drafts/**']\n",
            "site/news/a.html": "<p>x</p>",
        ])
        let loaded = try Configuration.load(forRoot: folder.file("site/news"))
        #expect(loaded.path == folder.file(".creditlint.yml"))
        let (fromFile, _) = try ScanOptions.merged(
            root: "x", configuration: loaded, commandLine: CommandLineOverrides(), knownRules: [])
        #expect(fromFile.commercial && fromFile.failOn == .warning && fromFile.exclude == ["drafts/**"])
        let (overridden, _) = try ScanOptions.merged(
            root: "x", configuration: loaded,
            commandLine: CommandLineOverrides(failOn: .error, commercial: false), knownRules: [])
        #expect(!overridden.commercial && overridden.failOn == .error)
    }

    @Test("unknown keys and rule ids are warnings; rule severities and off are applied")
    func rulesAndWarnings() throws {
        let folder = try TemporaryFolder([
            ".creditlint.yml":
                "colour: blue\nrules:\n  missing-title: off\n  missing-author: warning\n  no-such-rule: error\n"
        ])
        let loaded = try Configuration.load(forRoot: folder.path)
        #expect(loaded.warnings.contains { $0.contains("'colour'") && $0.contains(":1:") })
        let (options, warnings) = try ScanOptions.merged(
            root: "x", configuration: loaded, commandLine: CommandLineOverrides(),
            knownRules: ["missing-title", "missing-author"])
        #expect(options.severityOverrides["missing-title"] == .some(nil))
        #expect(options.severityOverrides["missing-author"] == .some(.warning))
        #expect(warnings.contains { $0.contains("no-such-rule") })
    }

    @Test(
        "broken configurations are errors that name the file",
        arguments: ["version: 99\n", "commercial: [\n", "commercial: maybe\n", "- a\n- b\n"])
    func invalid(contents: String) throws {
        let folder = try TemporaryFolder([".creditlint.yml": contents])
        #expect {
            try Configuration.load(forRoot: folder.path)
        } throws: { error in
            guard case CreditLintError.invalidConfiguration(let path, _) = error else { return false }
            return path == folder.file(".creditlint.yml")
        }
    }

    @Test("unreadable files cannot be silenced through rules")
    func unreadableFileIsFixed() throws {
        let folder = try TemporaryFolder([".creditlint.yml": "rules:\n  unreadable-file: off\n"])
        let loaded = try Configuration.load(forRoot: folder.path)
        #expect(throws: CreditLintError.self) {
            try ScanOptions.merged(
                root: "x", configuration: loaded, commandLine: CommandLineOverrides(),
                knownRules: ["unreadable-file"])
        }
    }

    @Test("a bad severity in rules is an error")
    func badSeverity() throws {
        let folder = try TemporaryFolder([".creditlint.yml": "rules:\n  missing-title: loud\n"])
        let loaded = try Configuration.load(forRoot: folder.path)
        #expect(throws: CreditLintError.self) {
            try ScanOptions.merged(
                root: "x", configuration: loaded, commandLine: CommandLineOverrides(), knownRules: ["missing-title"])
        }
    }
}
