import CreditLicenses
import CreditTestSupport
import Foundation
import Testing

/// Every row of the case table (`Data/cases.tsv`) must pass.
@Suite("Shared licence cases (cases.tsv)")
struct CasesTableTests {
    static let cases = LicenseCase.load()

    @Test("the case table is present and complete")
    func tableIsPresent() {
        #expect(Self.cases.allSatisfy { $0.kind != "missing" }, "\(Self.cases.first?.input ?? "")")
        #expect(Self.cases.count == 156)
    }

    @Test("the committed copy matches the shared table", .needsSharedLicenseCases)
    func copyIsCurrent() throws {
        let shared = try Data(contentsOf: TestFiles.sharedLicenseCases)
        let copy = try Data(contentsOf: TestFiles.licenseCases)
        #expect(copy == shared, "copy \(TestFiles.sharedLicenseCases.path) to Tests/CreditLicensesTests/Data/")
    }

    @Test("row identifies as expected", arguments: cases)
    func row(_ row: LicenseCase) {
        guard row.kind != "missing" else {
            Issue.record("cases.tsv unavailable: \(row.input)")
            return
        }
        let answer =
            row.kind == "url"
            ? LicenseIdentifier.identify(url: row.input)
            : LicenseIdentifier.identify(text: row.input)
        let got = answer.contractValue
        switch row.expected {
        case "NOT_CC":
            // An ambiguous CC family is a Creative Commons answer too.
            let isCC =
                got == "AMBIGUOUS"
                || (LicenseCatalog.license(id: got).map { $0.family == .creativeCommons || $0.unit != nil } ?? false)
            #expect(!isCC, "expected a non-CC answer, got \(got)")
        default:
            #expect(got.lowercased() == row.expected.lowercased(), "source: \(row.source)")
        }
        // The dispatching entry point must agree with the explicit one.
        #expect(LicenseIdentifier.identify(row.input).contractValue == got)
    }
}
