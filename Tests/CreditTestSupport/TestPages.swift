/// Small pages and page parts written for the tests, as HTML text.
///
/// The pieces compose: `article(credited("a.jpg") + uncredited("b.jpg"))` is a page whose
/// article holds one credited and one uncredited figure. Tests that check lines and columns
/// rely on these exact bytes.
public enum TestPages {
    /// A figure whose caption credits the image.
    public static func credited(_ src: String) -> String {
        "<figure><img src=\"\(src)\" alt=\"x\"><figcaption>Harbour at dawn. Photo: Jane Doe/Reuters</figcaption></figure>"
    }

    /// A figure whose caption only describes the image.
    public static func uncredited(_ src: String) -> String {
        "<figure><img src=\"\(src)\" alt=\"x\"><figcaption>The harbour at dawn.</figcaption></figure>"
    }

    /// A page whose article holds `body`.
    public static func article(_ body: String) -> String {
        "<html><body><article><p>Some text about the harbour.</p>\n\(body)\n</article></body></html>"
    }

    /// A page of two lines whose one image, `a.jpg`, is credited.
    public static let creditedPage = """
        <html><body><article><figure><img src="a.jpg" alt="x">
        <figcaption>Harbour at dawn. Photo: Jane Doe/Reuters</figcaption></figure></article></body></html>
        """

    /// A page of two lines whose one image, `b.jpg` at line 1, column 42, has no credit.
    public static let uncreditedPage = """
        <html><body><article><p>Text.</p><figure><img src="b.jpg" alt="x">
        <figcaption>The harbour at dawn.</figcaption></figure></article></body></html>
        """

    /// A paragraph long enough to make its container the article.
    public static let prose = """
        <p>The council met on Tuesday evening to discuss the new cycle lanes along the river, \
        and residents were invited to comment on every part of the plan before the final vote. \
        Several speakers asked for more crossings near the school and a lower speed limit.</p>
        """

    /// A whole site page: a header, navigation, the article holding `body` between two
    /// paragraphs of ``prose``, a sidebar and a footer, each with the chrome images a real
    /// site has.
    public static func page(_ body: String, header: String = "", footer: String = "", aside: String = "") -> String {
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
}
