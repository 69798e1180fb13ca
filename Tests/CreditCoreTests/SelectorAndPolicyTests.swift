import CreditHTML
import Foundation
import Testing

@testable import CreditDocument
@testable import CreditRules

@Suite("CSS selectors and licence patterns from the configuration")
struct SelectorAndPolicyTests {
    private let document = HTMLParser.parse(
        Data(
            """
            <html><body><main id="story"><figure class="wide photo" data-kind="lead">
            <img src="a.jpg"><span class="credit">Jane</span></figure>
            <aside><div class="photo"><img src="b.jpg"></div></aside></main></body></html>
            """.utf8))

    private func matches(_ selector: String) throws -> [String] {
        let parsed = try #require(CSSSelector(selector))
        return document.nodes.indices.filter { parsed.matches($0, in: document) }.map { index in
            let node = document.nodes[index]
            return node.attribute("src") ?? node.attribute("class") ?? node.name
        }
    }

    @Test(
        "tag, class, id, attributes, compounds and combinators",
        arguments: [
            ("img", ["a.jpg", "b.jpg"]),
            (".photo", ["wide photo", "photo"]),
            ("figure.photo.wide", ["wide photo"]),
            ("#story img", ["a.jpg", "b.jpg"]),
            ("[data-kind]", ["wide photo"]),
            ("figure[data-kind=lead] .credit", ["credit"]),
            ("[data-kind='other']", []),
            ("aside img", ["b.jpg"]),
            ("main > img", []),
            ("figure > img, aside div > img", ["a.jpg", "b.jpg"]),
            ("IMG", ["a.jpg", "b.jpg"]),
        ])
    func matching(_ selector: String, _ expected: [String]) throws {
        #expect(try matches(selector) == expected)
    }

    @Test(
        "unsupported syntax is refused, not silently unmatched",
        arguments: ["", "a >", "> a", "a:hover", "a + b", "[x", "a,", ".", "#"])
    func refused(_ selector: String) {
        #expect(CSSSelector(selector) == nil)
        #expect(CSSSelector.problem(in: selector) != nil)
    }

    @Test(
        "licence patterns: ids case-insensitively, * for any run",
        arguments: [
            ("CC-BY-NC-*", "CC-BY-NC-SA-4.0", true), ("CC-BY-NC-*", "CC-BY-4.0", false),
            ("cc-by-4.0", "CC-BY-4.0", true), ("CC-BY-4.0", "CC-BY-4.0-DE", false),
            ("*-ND-*", "CC-BY-NC-ND-3.0", true), ("*", "anything", true), ("CC0-*", "CC0-1.0", true),
        ])
    func patterns(_ pattern: String, _ id: String, _ matches: Bool) {
        #expect(LicensePolicy.matches(pattern: pattern, id: id) == matches)
    }

    @Test("denied wins over accepted; an empty accepted list accepts everything not denied")
    func policy() {
        let policy = LicensePolicy(accepted: ["CC-BY-*"], denied: ["CC-BY-NC-*"])
        #expect(policy.refusal(of: "CC-BY-4.0") == nil)
        #expect(policy.refusal(of: "CC-BY-NC-4.0")?.contains("deniedLicenses") == true)
        #expect(policy.refusal(of: "CC0-1.0")?.contains("acceptedLicenses") == true)
        #expect(LicensePolicy(denied: ["CC0-*"]).refusal(of: "CC-BY-4.0") == nil)
        #expect(LicensePolicy().isEmpty)
    }

    @Test(
        "an OR offer is allowed when any one of its licences is",
        arguments: [
            (LicensePolicy(accepted: ["CC-BY-*"]), "GFDL-1.2-or-later OR CC-BY-SA-3.0", true),
            (LicensePolicy(denied: ["*-SA-*"]), "GFDL-1.2-or-later OR CC-BY-SA-3.0", true),
            (LicensePolicy(denied: ["*-SA-*", "GFDL-*"]), "GFDL-1.2-or-later OR CC-BY-SA-3.0", false),
            (LicensePolicy(accepted: ["CC0-1.0"]), "CC-BY-4.0 or CC-BY-SA-4.0", false),
        ])
    func alternatives(policy: LicensePolicy, id: String, allowed: Bool) {
        #expect((policy.refusal(of: id) == nil) == allowed)
    }
}
