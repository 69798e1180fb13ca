import CreditHTML
import CreditModel
import CreditTestSupport
import Foundation
import Testing

@testable import CreditAttribution
@testable import CreditScanner

/// The credit strategies (``CreditCascade``): their order, their profiles, the README's table
/// of them, and a page on which each one finds the credit.
@Suite("The credit strategy cascade")
struct CreditCascadeTests {
    private static let names = CreditCascade.strategies.map(\.profile.name)

    @Test("the strategies come surest first")
    func orderFollowsConfidence() {
        let confidences = CreditCascade.strategies.map(\.profile.confidence)
        for (earlier, later) in zip(confidences, confidences.dropFirst()) {
            #expect(earlier >= later, "\(earlier) before \(later)")
        }
    }

    @Test("names are unique and kebab-case")
    func names() {
        #expect(Set(Self.names).count == Self.names.count)
        for name in Self.names {
            #expect(name.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "\(name)")
        }
    }

    @Test("every strategy value of the JSON report comes from a strategy")
    func everyReportedValueHasAStrategy() {
        let reported = Set(CreditCascade.strategies.flatMap(\.profile.reports))
        #expect(reported == Set(CreditStrategy.allCases))
    }

    @Test("a strategy's credits are visible exactly when its confidence is")
    func visibilityFollowsConfidence() {
        for strategy in CreditCascade.strategies {
            for value in strategy.profile.reports {
                #expect(value.isVisible == strategy.profile.confidence.isVisible, "\(strategy.profile.name): \(value)")
            }
        }
    }

    @Test("the README's table of credit strategies is the cascade")
    func readmeTable() throws {
        let rows = try Readme.marked("credit-strategies").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| #") }
            .filter { !$0.hasPrefix("| ---") }.map(String.init)
        let expected = CreditCascade.strategies.enumerated().map { position, strategy in
            let profile = strategy.profile
            let reports = profile.reports.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            return "| \(position + 1) | `\(profile.name)` | \(profile.evidence) | \(profile.confidence) | \(reports) |"
        }
        #expect(rows == expected, "expected:\n\(expected.joined(separator: "\n"))")
    }

    @Test("every strategy has an example page")
    func everyStrategyHasAnExample() {
        #expect(Set(Self.examples.keys) == Set(Self.names))
    }

    @Test("each strategy finds the credit on its example page", arguments: CreditCascade.strategies.map(\.profile.name))
    func strategyWinsOnItsExample(name: String) throws {
        let example = try #require(Self.examples[name])
        let document = HTMLParser.parse(Data(TestPages.page(example.body).utf8))
        let scope = ArticleScope(document)
        let content = ImageSelection(document: document, scope: scope).content
        let search = PageScanner().credits(of: content, in: document, scope: scope)
        let found = try #require(search.found.compactMap { $0 }.first { $0.strategy == name })
        let profile = try #require(CreditCascade.strategies.first { $0.profile.name == name }?.profile)
        #expect(profile.reports.contains(found.credit.strategy))
        #expect(found.credit.text == example.credit)
    }

    /// A page body per strategy on which that strategy credits an image, and the credit.
    private static let examples: [String: (body: String, credit: String)] = [
        "caption-credit-element": (
            """
            <figure><img src="/media/a.jpg" alt=""><figcaption>Riders at the start line \
            <span class="credit">Jane Doe</span></figcaption></figure>
            """, "Jane Doe"
        ),
        "credit-element": (
            #"<figure><img src="/media/a.jpg" alt=""><span class="credit">Jane Doe</span></figure>"#, "Jane Doe"
        ),
        "caption-layout": (
            """
            <figure><img src="/media/a.jpg" alt=""><figcaption>Riders at the start line. \
            <i class="fa-camera"></i> Smith, et al. 2014</figcaption></figure>
            """, "Smith, et al. 2014"
        ),
        "caption-span": (
            """
            <figure><img src="/media/a.jpg" alt=""><figcaption>Riders at the start line. \
            Photo: Jane Doe</figcaption></figure>
            """, "Photo: Jane Doe"
        ),
        "caption-cite": (
            """
            <figure><img src="/media/a.jpg" alt=""><figcaption>Riders at the start line \
            <cite>Example Archive</cite></figcaption></figure>
            """, "Example Archive"
        ),
        "caption-source": (
            """
            <figure><img src="/media/a.jpg" alt=""><figcaption>\
            <a href="https://example.org/study">Example Science</a></figcaption></figure>
            """, "Example Science"
        ),
        "data-attribute": (#"<figure data-credit="Jane Doe"><img src="/media/a.jpg" alt=""></figure>"#, "Jane Doe"),
        "box-text": (#"<p><img src="/media/a.jpg" alt=""><br>Photo: Jane Doe</p>"#, "Photo: Jane Doe"),
        "adjacent-line": (#"<p><img src="/media/a.jpg" alt=""></p><p>Photo: Jane Doe</p>"#, "Photo: Jane Doe"),
        "group-credit": (
            """
            <div class="slideshow"><div class="slide"><img src="/media/a.jpg" alt=""></div>\
            <div class="slide"><img src="/media/b.jpg" alt=""></div><p>Photo: Jane Doe</p></div>
            """, "Photo: Jane Doe"
        ),
        "linked-source": (
            """
            <p><a href="https://example.org/study"><img src="/media/chart.png" alt=""></a></p>\(TestPages.prose)\
            <p>Infographic source, <a href="https://example.org/study">Example Science</a>.</p>
            """, "Infographic source, Example Science"
        ),
        "credit-statements": (
            """
            <figure><img src="/media/a.jpg" alt=""></figure>\(TestPages.prose)<p>All photos: Jane Doe</p>
            """, "All photos: Jane Doe"
        ),
        "byline": (
            """
            <p class="byline">By Ana Ruiz (text) and Jane Doe (photography)</p>\(TestPages.prose)\
            <p><img src="/media/a.jpg" alt=""></p>
            """, "Jane Doe (photography)"
        ),
        "structured-data": (
            """
            <script type="application/ld+json">{"@type": "ImageObject", "contentUrl": "/media/a.jpg", \
            "creditText": "Jane Doe"}</script><p><img src="/media/a.jpg" alt=""></p>
            """, "Jane Doe"
        ),
        "alt-text": (#"<p><img src="/media/a.jpg" alt="Photo: Jane Doe"></p>"#, "Photo: Jane Doe"),
        "title-attribute": (#"<p><img src="/media/a.jpg" alt="" title="Photo: Jane Doe"></p>"#, "Photo: Jane Doe"),
    ]
}
