import CreditCore
import CreditHTML
import Foundation
import Testing

/// Small hand-written pages for the scanner tests.
enum ScanFixtures {
    /// A paragraph long enough to make its container the article.
    static let prose = """
        <p>The council met on Tuesday evening to discuss the new cycle lanes along the river, \
        and residents were invited to comment on every part of the plan before the final vote. \
        Several speakers asked for more crossings near the school and a lower speed limit.</p>
        """

    /// A page with a site header, navigation, the article holding `body`, a sidebar and a footer.
    static func page(_ body: String, header: String = "", footer: String = "", aside: String = "") -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Test</title></head>
        <body>
        <header class="site-header"><img src="/static/header-art.jpg" alt="Site">\(header)</header>
        <nav class="main-menu"><a href="/"><img src="/static/home.png" alt="Home"></a></nav>
        <main>
        <article class="post">
        \(prose)
        \(body)
        \(prose)
        </article>
        <aside class="sidebar">\(aside)</aside>
        </main>
        <footer class="site-footer">\(footer)</footer>
        </body></html>
        """
    }

    /// Parses and scans a page.
    static func scan(_ html: String, path: String = "page.html") -> PageScan {
        PageScanner().scan(HTMLParser.parse(Data(html.utf8)), path: path)
    }

    /// Scans `body` inside the standard page.
    static func scanBody(_ body: String) -> PageScan {
        scan(page(body))
    }

    /// The credit of the one content image `body` holds inside the standard page; expects
    /// that there is exactly one.
    static func creditOfOnlyImage(_ body: String) -> ImageCredit? {
        let scan = scanBody(body)
        #expect(scan.images.count == 1)
        return scan.images.first?.credit
    }
}
