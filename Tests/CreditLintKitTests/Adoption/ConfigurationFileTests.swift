import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Configuration: errors with lines, every key, dump-config")
struct ConfigurationFileTests {
    @Test(
        "a broken file is an error naming the file and the line",
        arguments: [
            ("version: 1\ncommercial: [\n", 3),
            ("version: 1\n\ncommercial: maybe\n", 3),
            ("version: 1\nfailOn: loud\n", 2),
            ("version: 7\n", 1),
            ("version: 1\nwaivers:\n  - path: a.html\n    rule: missing-title\n", 3),
            ("waivers:\n  - path: a.html\n    rule: missing-title\n    reason: ok\n    expires: 31.12.2026\n", 5),
            ("licenses:\n  - id: LicenseRef-X\n    family: shiny\n", 3),
            ("ignoreSelectors:\n  - 'div > > p'\n", 2),
            ("maxWarnings: -1\n", 1),
            ("include: 3\n", 1),
            ("version: 1\nformat: [text, yaml]\n", 2),
            ("version: 1\ncolor: loud\n", 2),
        ])
    func errors(_ text: String, _ line: Int) {
        #expect {
            try Configuration.parse(text, path: "/site/.creditlint.yml")
        } throws: { error in
            guard case CreditLintError.invalidConfiguration(let path, let reason) = error else { return false }
            return path == "/site/.creditlint.yml" && reason.hasPrefix("line \(line):")
        }
    }

    @Test("unknown keys warn with their line")
    func unknownKeys() throws {
        let loaded = try Configuration.parse("version: 1\n\nbaselines: x.json\n", path: "c.yml")
        #expect(
            loaded.warnings == ["c.yml:3: unknown configuration key 'baselines' is ignored; did you mean 'baseline'?"])
        let nested = try Configuration.parse(
            "waivers:\n  - path: a.html\n    rule: missing-title\n    reason: ok\n    expire: 2026-01-01\n",
            path: "c.yml")
        #expect(nested.warnings == ["c.yml:5: unknown key 'expire' in waivers is ignored; did you mean 'expires'?"])
        let rules = try Configuration.parse(
            "rules:\n  missing-title: off\n  no-such-rule: error\nwaivers:\n  - path: a\n    rule: nope\n    reason: r\n",
            path: "c.yml")
        let (_, warnings) = try ScanOptions.merged(
            root: "x", configuration: rules, commandLine: CommandLineOverrides(), knownRules: ["missing-title"])
        #expect(
            warnings == [
                "c.yml:3: unknown rule 'no-such-rule' in 'rules' is ignored",
                "c.yml:5: waiver of unknown rule 'nope' waives nothing",
            ])
    }

    @Test("the binary exits 2 on a configuration error, naming file and line")
    func binaryExit() throws {
        let folder = try TemporaryFolder([".creditlint.yml": "version: 1\nrules: [\n", "a.html": "<p>x</p>"])
        let result = try CreditlintProcess.run(["scan", folder.path, "--db", folder.file("r.sqlite")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("creditlint: error: configuration \(folder.file(".creditlint.yml")): line 3"))
    }

    @Test("every scan option has a key, and file paths are relative to the file")
    func everyKey() throws {
        let folder = try TemporaryFolder(["site/a.html": TestPages.article(TestPages.credited("a.jpg"))])
        let config = """
            version: 1
            commercial: true
            failOn: warning
            maxWarnings: 4
            include: ['**/*.html']
            exclude: ['drafts/**']
            maxFileSize: 1000
            db: runs/r.sqlite
            baseline: known.json
            strictBaseline: true
            reportUnusedIgnores: true
            acceptedLicenses: [CC-BY-*]
            deniedLicenses: [CC-BY-NC-*]
            """
        let options = try SiteScan.options(folder, config: config)
        #expect(options.commercial && options.failOn == .warning && options.maxWarnings == 4)
        #expect(options.include == ["**/*.html"] && options.exclude == ["drafts/**"])
        #expect(options.maxFileSize == 1000)
        #expect(options.databasePath == folder.file("runs/r.sqlite"))
        #expect(options.baselinePath == folder.file("known.json"))
        #expect(options.strictBaseline && options.reportUnusedIgnores)
        #expect(options.licensePolicy == LicensePolicy(accepted: ["CC-BY-*"], denied: ["CC-BY-NC-*"]))
        let overridden = try SiteScan.options(
            folder, commandLine: CommandLineOverrides(maxWarnings: 0, strictBaseline: false, reportUnusedIgnores: false)
        )
        #expect(overridden.maxWarnings == 0 && !overridden.strictBaseline && !overridden.reportUnusedIgnores)
    }

    @Test("dump → load → dump is identical, and the dumped defaults load to the defaults")
    func roundTrip() throws {
        let defaults = try Configuration.defaults.yaml()
        let loadedDefaults = try Configuration.parse(defaults, path: "d.yml")
        #expect(loadedDefaults.configuration == Configuration.defaults)
        #expect(loadedDefaults.warnings.isEmpty)
        var full = Configuration.defaults
        full.failOn = .warning
        full.maxWarnings = 0
        full.db = "yes"  // a string YAML would read as a boolean unless quoted
        full.baseline = "1.0"
        full.include = ["**/*.html", "*drafts*"]
        full.creditSelectors = [".credit", "figure > .byline[data-role=\"credit\"]"]
        var license = Configuration.ExtraLicense(id: "LicenseRef-Agency", family: "proprietary")
        license.aliases = ["agency x", "=ax"]
        license.attribution = true
        full.licenses = [license]
        full.waivers = [
            .init(path: "news/**", rule: "missing-title", reason: "legacy: pre-2020", expires: "2026-12-31")
        ]
        let first = try full.yaml()
        let reloaded = try Configuration.parse(first, path: "f.yml")
        #expect(reloaded.configuration == full)
        #expect(try reloaded.configuration.yaml() == first)
    }

    @Test("dump-config prints the defaults; --effective merges the file found for PATH")
    func dumpCommand() throws {
        let folder = try TemporaryFolder([".creditlint.yml": "commercial: true\nrules:\n  missing-title: off\n"])
        let plain = try CreditlintProcess.run(["dump-config"], in: folder.url)
        #expect(plain.status == 0)
        #expect(plain.stdout == (try Configuration.defaults.yaml()))
        let effective = try CreditlintProcess.run(["dump-config", "--effective", folder.path])
        #expect(effective.status == 0)
        let merged = try Configuration.parse(effective.stdout, path: "e.yml").configuration
        #expect(merged.commercial == true)
        #expect(merged.rules?["missing-title"] == "off")
        #expect(merged.rules?["missing-author"] == "error")
        // The dump is itself a usable configuration file.
        try folder.write("site/.creditlint.yml", effective.stdout)
        try folder.write("site/a.html", TestPages.article(TestPages.credited("a.jpg")))
        let scan = try CreditlintProcess.run(["scan", folder.file("site"), "--db", folder.file("r.sqlite")])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stderr.isEmpty)
    }
}

extension ConfigurationFileTests {
    @Test("an expired waiver is named in the warnings even when nothing it covers is left")
    func expiredWaiverWarns() throws {
        let folder = try TemporaryFolder(["site/a.html": TestPages.article(TestPages.credited("a.jpg"))])
        try folder.write(
            ".creditlint.yml",
            """
            waivers:
              - path: "gone/**"
                rule: missing-attribution
                reason: old gallery
                expires: 2020-01-31
              - path: "a.html"
                rule: missing-title
                reason: still valid
                expires: 2999-12-31
            """)
        let loaded = try Configuration.load(forRoot: folder.file("site"))
        let (_, warnings) = try ScanOptions.merged(
            root: folder.file("site"), configuration: loaded, commandLine: CommandLineOverrides(),
            knownRules: Set(RuleRegistry.all.map { $0.id }))
        let expired = warnings.filter { $0.contains("expired on") }
        #expect(expired.count == 1)
        #expect(expired.first?.contains(":2: waiver of 'missing-attribution' expired on 2020-01-31") == true)
    }
}
