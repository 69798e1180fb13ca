import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Sample reports in Reports/")
struct SampleReportsTests {
    @Test(
        "every format's sample report is what the tool prints on Examples/ today",
        arguments: ReportFormat.allCases)
    func reportIsCurrent(format: ReportFormat) throws {
        let committed = TestFiles.repositoryRoot.appendingPathComponent("Reports/examples.\(format.fileExtension)")
        let expected = try String(contentsOf: committed, encoding: .utf8)
        let scratch = try TemporaryFolder()
        let result = try CreditlintProcess.run(
            ["scan", "Examples", "--format", format.rawValue, "--db", scratch.file("runs.sqlite")],
            in: TestFiles.repositoryRoot, environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(
            result.stdout == expected,
            "Reports/examples.\(format.fileExtension) is stale: run Scripts/update-reports.sh")
    }

    @Test(
        "Reports/ holds one sample per format, the JSON report's schema, the HTML report's screenshot, and nothing else"
    )
    func noStrayReports() throws {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: TestFiles.repositoryRoot.appendingPathComponent("Reports").path)
        let expected =
            ReportFormat.allCases.map { "examples.\($0.fileExtension)" } + ["report.schema.json", "examples.png"]
        #expect(Set(names.filter { !$0.hasPrefix(".") && $0 != "README.md" }) == Set(expected))
    }
}
