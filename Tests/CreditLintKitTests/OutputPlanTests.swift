import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Output plan")
struct OutputPlanTests {
    @Test("standard output gets the bare format or text; files get the rest")
    func destinations() throws {
        let plan = try OutputPlan(formats: ["sarif=a.sarif", "json", "csv=b.csv"], output: "r.json")
        #expect(plan.primary == .json)
        #expect(plan.primaryPath == "r.json")
        #expect(plan.files.map(\.format) == [.sarif, .csv])
        #expect(plan.files.map(\.path) == ["a.sarif", "b.csv"])
        #expect(try OutputPlan(formats: ["junit=x=y.xml"]).files.first?.path == "x=y.xml")
        #expect(try OutputPlan(formats: []).primary == .text)
    }

    @Test(
        "GitHub Actions adds annotations only when no format was put on standard output",
        arguments: [
            ([String](), ["GITHUB_ACTIONS": "true"], true), (["sarif=x"], ["GITHUB_ACTIONS": "true"], true),
            (["text"], ["GITHUB_ACTIONS": "true"], false), ([], ["GITHUB_ACTIONS": "false"], false),
            ([], [:], false),
        ])
    func annotations(formats: [String], environment: [String: String], expected: Bool) throws {
        #expect(try OutputPlan(formats: formats, environment: environment).annotations == expected)
    }

    @Test(
        "colour: auto needs a terminal, no NO_COLOR and no --output; always and never win",
        arguments: [
            (ColorChoice.auto, true, [String: String](), nil as String?, true), (.auto, false, [:], nil, false),
            (.auto, true, ["NO_COLOR": "1"], nil, false), (.auto, true, ["NO_COLOR": ""], nil, true),
            (.auto, true, [:], "r.txt", false), (.always, false, ["NO_COLOR": "1"], nil, true),
            (.never, true, [:], nil, false),
        ])
    func color(choice: ColorChoice, terminal: Bool, environment: [String: String], output: String?, expected: Bool)
        throws
    {
        let plan = try OutputPlan(
            formats: [], output: output, color: choice, environment: environment, stdoutIsTerminal: terminal)
        #expect(plan.color == expected)
    }

    @Test("the job summary goes to GITHUB_STEP_SUMMARY when it is set and not empty")
    func stepSummary() throws {
        #expect(try OutputPlan(formats: [], environment: ["GITHUB_STEP_SUMMARY": "/s.md"]).stepSummary == "/s.md")
        #expect(try OutputPlan(formats: [], environment: ["GITHUB_STEP_SUMMARY": ""]).stepSummary == nil)
    }

    @Test("emit writes files, prints the primary report and the annotations, appends the summary")
    func emit() throws {
        let folder = try TemporaryFolder(["summary.md": "before\n"])
        let report = ScanReport(
            toolVersion: "0", root: "site", startedAt: "2026-01-01T00:00:00Z",
            failures: [FailedFile(path: "x.html", reason: "undecodable")])
        let plan = try OutputPlan(
            formats: ["csv=\(folder.file("r.csv"))"],
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": folder.file("summary.md")])
        var printed: [String] = []
        let warnings = try plan.emit(report) { printed.append($0) }
        #expect(warnings.isEmpty)
        #expect(printed.count == 2)
        #expect(printed[0].contains("site/x.html:1:1: error: "))
        #expect(printed[1].hasPrefix("::error file=site/x.html,line=1,title=unreadable-file::"))
        #expect(
            try String(contentsOfFile: folder.file("r.csv"), encoding: .utf8)
                == "page,line,src,credit,author,source,license,license_url,status,rules\r\n")
        #expect(
            try String(contentsOfFile: folder.file("summary.md"), encoding: .utf8).hasPrefix("before\n### creditlint"))
    }
}
