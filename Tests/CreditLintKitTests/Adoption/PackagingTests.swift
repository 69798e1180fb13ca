import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing
import Yams

@Suite("CI packaging files: action, workflow, pre-commit hook, GitLab example")
struct PackagingTests {
    private func yaml(_ path: String) throws -> [String: Any] {
        let text = try String(contentsOf: TestFiles.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any], "\(path) is not a YAML mapping")
    }

    @Test("action.yml is a composite action that builds, scans, uploads SARIF and fails on findings")
    func action() throws {
        let action = try yaml("action.yml")
        #expect(action["name"] as? String == "creditlint")
        let inputs = try #require(action["inputs"] as? [String: Any])
        #expect(Set(inputs.keys) == ["path", "baseline", "files-from", "args", "sarif-file", "upload-sarif"])
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        let scripts = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        #expect(scripts.contains("swift build -c release --product creditlint"))
        #expect(scripts.contains("Scripts/ci-scan.sh"))
        #expect(steps.contains { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        let script = TestFiles.repositoryRoot.appendingPathComponent("Scripts/ci-scan.sh").path
        #expect(FileManager.default.isExecutableFile(atPath: script))
        let text = try String(contentsOfFile: script, encoding: .utf8)
        #expect(text.contains("--format \"sarif="))
    }

    @Test("action.yml caches the build under keys from Scripts/ci-build-key.sh, before building")
    func actionCache() throws {
        let steps = try #require((try yaml("action.yml")["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let keyIndex = try #require(
            steps.firstIndex { ($0["run"] as? String)?.contains("Scripts/ci-build-key.sh") == true })
        let keyID = try #require(steps[keyIndex]["id"] as? String)
        let cacheIndex = try #require(steps.firstIndex { ($0["uses"] as? String)?.hasPrefix("actions/cache@") == true })
        let buildIndex = try #require(steps.firstIndex { ($0["run"] as? String)?.contains("swift build") == true })
        #expect(keyIndex < cacheIndex && cacheIndex < buildIndex)
        let with = try #require(steps[cacheIndex]["with"] as? [String: Any])
        #expect(with["path"] as? String == "${{ github.action_path }}/.build")
        #expect(with["key"] as? String == "${{ steps.\(keyID).outputs.build }}")
        #expect(with["restore-keys"] as? String == "${{ steps.\(keyID).outputs.dependencies }}")
        // The script prints both keys; the full key extends the dependencies' prefix.
        let script = TestFiles.repositoryRoot.appendingPathComponent("Scripts/ci-build-key.sh")
        #expect(FileManager.default.isExecutableFile(atPath: script.path))
        let process = Process()
        process.executableURL = script
        process.arguments = [TestFiles.repositoryRoot.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let outputs = Dictionary(
            uniqueKeysWithValues: text.split(separator: "\n").compactMap { line -> (String, String)? in
                guard let equals = line.firstIndex(of: "=") else { return nil }
                return (String(line[..<equals]), String(line[line.index(after: equals)...]))
            })
        let dependencies = try #require(outputs["dependencies"])
        let build = try #require(outputs["build"])
        #expect(dependencies.hasPrefix("creditlint-build-") && build.hasPrefix(dependencies))
        #expect(build.count > dependencies.count)
    }

    @Test("the example workflow uses the action with a baseline that matches Examples/ exactly")
    func workflow() throws {
        let workflow = try yaml(".github/workflows/creditlint.yml")
        #expect(workflow["on"] != nil || workflow["true"] != nil)  // YAML 1.1 reads a bare `on` as true
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let job = try #require(jobs["creditlint"] as? [String: Any])
        let steps = try #require(job["steps"] as? [[String: Any]])
        let step = try #require(steps.first { $0["uses"] as? String == "./" })
        let with = try #require(step["with"] as? [String: Any])
        let baselinePath = try #require(with["baseline"] as? String)
        // Stale or missing entries would turn the workflow red: Scripts/update-reports.sh
        // rewrites the baseline with the sample reports.
        let root = TestFiles.repositoryRoot.appendingPathComponent("Examples").path
        var (options, _) = try ScanOptions.merged(
            root: root, configuration: try Configuration.load(forRoot: root),
            commandLine: CommandLineOverrides(), knownRules: Set(RuleRegistry.all.map { $0.id }))
        options.baselinePath = TestFiles.repositoryRoot.appendingPathComponent(baselinePath).path
        options.strictBaseline = true
        let report = try CreditLint.scanWithoutRecording(options)
        #expect(!report.fails)
        #expect(report.baseline?.stale == [])
        #expect(report.documents.allSatisfy { $0.allFindings.isEmpty })
    }

    @Test("the pre-commit hook passes changed pages to creditlint scan")
    func preCommit() throws {
        let text = try String(
            contentsOf: TestFiles.repositoryRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let hooks = try #require(try Yams.load(yaml: text) as? [[String: Any]])
        let hook = try #require(hooks.first)
        #expect(hook["id"] as? String == "creditlint")
        #expect(hook["entry"] as? String == "creditlint scan .")
        #expect(hook["language"] as? String == "swift")
        #expect(hook["pass_filenames"] as? Bool == true)
        let pattern = try Regex(try #require(hook["files"] as? String))
        #expect("news/a.html".contains(pattern) && "b.htm".contains(pattern) && !"style.css".contains(pattern))
    }

    @Test("the README's GitLab example is valid YAML with a JUnit report artifact")
    func gitlab() throws {
        let block = try Readme.fencedBlock("yaml", after: "### GitLab CI")
        let document = try #require(try Yams.load(yaml: block) as? [String: Any])
        let job = try #require(document["creditlint"] as? [String: Any])
        let script = try #require(job["script"] as? [String]).joined(separator: "\n")
        #expect(script.contains("--format junit=creditlint-junit.xml"))
        let artifacts = try #require(job["artifacts"] as? [String: Any])
        let reports = try #require(artifacts["reports"] as? [String: Any])
        #expect(reports["junit"] as? String == "creditlint-junit.xml")
    }
}

@Suite("README configuration example")
struct ReadmeConfigurationTests {
    @Test("every scan option is documented in the README")
    func scanOptions() throws {
        let readme = try Readme.text()
        let help = try CreditlintProcess.run(["scan", "--help"])
        let options = Set(help.stdout.matches(of: /--([a-z][a-z-]+)/).map { String($0.output.1) })
            .subtracting(["help", "version"])
        #expect(options.count > 10)
        for option in options.sorted() {
            let plain = option.hasPrefix("no-") ? String(option.dropFirst(3)) : option
            #expect(readme.contains("`--\(plain)"), "--\(option) is not in the README")
        }
    }

    @Test("the full example .creditlint.yml loads without warnings and merges into scan options")
    func example() throws {
        let text = try Readme.fencedBlock("yaml", after: "### Configuration")
        let loaded = try Configuration.parse(text, path: "README")
        #expect(loaded.warnings.isEmpty)
        // The example shows every key, in dump-config's order.
        let keys = text.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[..<colon])
        }
        #expect(keys == Configuration.keys)
        #expect(loaded.configuration.waivers?.count == 1 && loaded.configuration.licenses?.count == 1)
        let (options, warnings) = try ScanOptions.merged(
            root: "site", configuration: loaded, commandLine: CommandLineOverrides(),
            knownRules: Set(RuleRegistry.all.map { $0.id }))
        #expect(warnings.isEmpty)
        #expect(options.selectors.credit.count == 2 && options.licensePolicy.denied == ["CC-BY-NC-*", "*-ND-*"])
    }
}
