import CreditCore
import Foundation
import Testing

@testable import CreditReporting

/// The credits register's lines: TASL order whatever parts a credit has, and escaping.
@Suite("Credits register")
struct CreditsRendererTests {
    static func entry(
        title: String? = nil, author: String? = nil, source: String? = nil, sourceURL: String? = nil,
        license: String? = nil, licenseURL: String? = nil, credit: String = "Photo: someone"
    ) -> CreditsRegister.Entry {
        CreditsRegister.Entry(
            page: "a.html", image: "a.jpg", line: 3, title: title, author: author, source: source,
            sourceURL: sourceURL, license: license, licenseID: nil, licenseURL: licenseURL, credit: credit)
    }

    @Test(
        "each credit reads in TASL order, with what it has",
        arguments: [
            (
                entry(title: "Dawn", author: "Ann", source: "Flickr", license: "CC BY 2.0", licenseURL: "https://l/"),
                "“Dawn” by Ann, via Flickr, licensed under CC BY 2.0 <https://l/>"
            ),
            (entry(title: "Dawn"), "“Dawn”, licence not stated"),
            (entry(author: "Ann", sourceURL: "https://s/x"), "By Ann, source https://s/x, licence not stated"),
            (entry(source: "Reuters", sourceURL: "javascript:x"), "via Reuters <javascript:x>, licence not stated"),
            (entry(credit: "Courtesy of the museum"), "credit “Courtesy of the museum”"),
        ])
    func tasl(entry: CreditsRegister.Entry, expected: String) {
        #expect(CreditsRenderer(format: .text).tasl(entry, .text) == expected)
    }

    @Test("Markdown and HTML link only http(s) URLs and escape page text")
    func escaping() {
        let entry = Self.entry(
            author: "<b>*Ann*</b>", source: "S", sourceURL: "javascript:alert(1)", license: "CC BY 4.0",
            licenseURL: "https://example.org/a(b)")
        let markdown = CreditsRenderer(format: .markdown).tasl(entry, .markdown)
        #expect(
            markdown == "By &lt;b&gt;\\*Ann\\*&lt;/b&gt;, via S (`javascript:alert(1)`), "
                + "licensed under [CC BY 4.0](https://example.org/a%28b%29)")
        let html = CreditsRenderer(format: .html).tasl(entry, .html)
        #expect(html.hasPrefix("By &lt;b&gt;*Ann*&lt;/b&gt;, via S (<code>javascript:alert(1)</code>), "))
        #expect(html.hasSuffix("<a href=\"https://example.org/a(b)\" rel=\"noreferrer noopener\">CC BY 4.0</a>"))
    }

    @Test("grouped by image, an image's credits are together and the images sorted")
    func byImage() {
        var first = Self.entry(author: "Ann")
        first.image = "z.jpg"
        var second = Self.entry(author: "Bo")
        second.page = "b.html"
        let register = CreditsRegister(run: 1, root: "site", credited: [first, second], uncredited: [])
        let groups = CreditsRenderer(format: .text, grouping: .image).groups(register)
        #expect(groups.map(\.key) == ["a.jpg", "z.jpg"])
    }
}
