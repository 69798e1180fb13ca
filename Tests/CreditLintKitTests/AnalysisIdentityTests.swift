import CreditCore
import Foundation
import Testing

@testable import CreditLintKit

/// The key that decides whether a rescan may reuse a page's recorded results: it must change
/// with the build, the licence data, the rule set and every option that changes results, and
/// with nothing else.
@Suite("Analysis identity in the reuse key")
struct AnalysisIdentityTests {
    static let identity = AnalysisIdentity(build: "build-id 01", licenseData: "aa", rules: "missing-attribution:error")
    static let options = ScanOptions(root: "site", databasePath: "runs.sqlite")

    @Test("the same analysis and options give the same key, whatever the pages chosen or the verdict")
    func stable() {
        var other = Self.options
        other.root = "elsewhere"
        other.include = ["**/*.html"]
        other.failOn = .warning
        other.maxWarnings = 3
        other.databasePath = "other.sqlite"
        other.jobs = 1
        #expect(
            other.resultsFingerprint(analysis: Self.identity)
                == Self.options.resultsFingerprint(analysis: Self.identity))
    }

    @Test(
        "each part of the analysis changes the key",
        arguments: [
            AnalysisIdentity(build: "build-id 02", licenseData: "aa", rules: "missing-attribution:error"),
            AnalysisIdentity(build: "build-id 01", licenseData: "ab", rules: "missing-attribution:error"),
            AnalysisIdentity(build: "build-id 01", licenseData: "aa", rules: "missing-attribution:warning"),
            AnalysisIdentity(build: "build-id 01", licenseData: "aa", rules: "missing-attribution:error,new-rule:note"),
        ])
    func analysisChangesTheKey(_ changed: AnalysisIdentity) {
        #expect(
            Self.options.resultsFingerprint(analysis: changed)
                != Self.options.resultsFingerprint(analysis: Self.identity))
    }

    /// One change per option that shapes a page's results.
    static let optionChanges: [(name: String, change: @Sendable (inout ScanOptions) -> Void)] = [
        ("commercial", { $0.commercial = true }),
        ("maxFileSize", { $0.maxFileSize = 1_000 }),
        ("reportUnusedIgnores", { $0.reportUnusedIgnores = true }),
        ("rule severity", { $0.severityOverrides = ["missing-title": .error] }),
        ("rule off", { $0.severityOverrides = ["missing-title": nil] }),
        ("accepted licences", { $0.licensePolicy = LicensePolicy(accepted: ["CC-BY-*"]) }),
        ("denied licences", { $0.licensePolicy = LicensePolicy(denied: ["CC-BY-NC-*"]) }),
        (
            "extra licence",
            { $0.extraLicenses = [Configuration.ExtraLicense(id: "LicenseRef-Agency", family: "proprietary")] }
        ),
        ("waiver", { $0.waivers = [Configuration.Waiver(path: "a.html", rule: "missing-author", reason: "r")] }),
    ]

    @Test("each option that shapes results changes the key", arguments: 0..<optionChanges.count)
    func optionChangesTheKey(_ index: Int) {
        var changed = Self.options
        Self.optionChanges[index].change(&changed)
        #expect(
            changed.resultsFingerprint(analysis: Self.identity)
                != Self.options.resultsFingerprint(analysis: Self.identity),
            "\(Self.optionChanges[index].name)")
    }

    @Test("the running build has an identity: its GNU build ID on Linux")
    func runningBuild() {
        #expect(BuildIdentity.current != "unknown")
        #if os(Linux)
            #expect(BuildIdentity.current.hasPrefix("build-id "))
        #endif
        #expect(AnalysisIdentity.current.rules.contains("missing-attribution:"))
        #expect(AnalysisIdentity.current.licenseData.count == 64)
    }

    #if os(Linux)
        @Test("the build ID is read from the GNU note among other notes, and a cut-off note gives none")
        func notes() {
            func note(_ name: [UInt8], type: UInt32, _ descriptor: [UInt8]) -> [UInt8] {
                func word(_ value: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(value).littleEndian, Array.init) }
                func pad(_ bytes: [UInt8]) -> [UInt8] { bytes + Array(repeating: 0, count: (4 - bytes.count % 4) % 4) }
                return word(name.count) + word(descriptor.count) + withUnsafeBytes(of: type.littleEndian, Array.init)
                    + pad(name) + pad(descriptor)
            }
            let abi = note(Array("GNU\0".utf8), type: 1, [0, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0])
            let gold = note(Array("GNU\0".utf8), type: 4, Array("gold 1.16\0".utf8))
            let id = note(Array("GNU\0".utf8), type: 3, [0xDE, 0xAD, 0xBE, 0xEF, 0x01])
            let segment = abi + gold + id
            let found = segment.withUnsafeBytes { BuildIdentity.buildIDNote(in: $0) }
            #expect(found == [0xDE, 0xAD, 0xBE, 0xEF, 0x01])
            let cut = Array(segment.dropLast(4))
            #expect(cut.withUnsafeBytes { BuildIdentity.buildIDNote(in: $0) } == nil)
            #expect((abi + gold).withUnsafeBytes { BuildIdentity.buildIDNote(in: $0) } == nil)
        }
    #endif
}
