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

    /// A page with one image of every kind `creditlint explain` tells apart, in this order: a
    /// masthead in the page header, a lead image whose caption holds its credit (a credit
    /// element, which other strategies also read), its `<noscript>` duplicate, an author's
    /// avatar, a teaser card weighed on its signals, and an image outside the article.
    public static let explainedStory = """
        <!DOCTYPE html>
        <html><head><title>Harbour story</title></head>
        <body>
        <header class="site-header"><img src="/static/masthead.jpg" alt="The Gazette"></header>
        <main>
        <article class="story">
        <h1>The harbour crane comes down</h1>
        <figure class="lead">
        <img src="/media/crane.jpg" alt="The old crane" width="1200" height="800">
        <figcaption>The crane at dawn. <span class="credit">Photo: Anna Berg / Wikimedia Commons, <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></span></figcaption>
        </figure>
        <p>Photo: Jan Holm</p>
        <p>After sixty years on the quay, the harbour's last steam crane was taken apart on Monday. Crowds gathered along the water to watch the jib lowered onto a barge, and many had brought cameras of their own.</p>
        <p>The city bought the crane in 1961 and used it until the container terminal opened across the bay. Since then it had stood idle, a landmark for ships coming in and a favourite subject for painters.</p>
        <noscript><img src="/media/crane.jpg" alt="The old crane"></noscript>
        <div class="author-box"><a href="/author/anna-berg/"><img src="/media/anna.jpg" alt="Anna Berg"></a><p>Anna Berg writes about the harbour.</p></div>
        <div class="card"><a href="/2026/11/ferry-schedule-changes-for-winter"><img src="/media/ferry.jpg" alt=""></a><h3><a href="/2026/11/ferry-schedule-changes-for-winter">Ferry schedule changes for winter</a></h3></div>
        <p>Engineers will store the parts in a shed by the old customs house while the museum decides where to rebuild it.</p>
        </article>
        <div class="extras"><img src="/media/harbour-walk.jpg" alt="A walk along the harbour"></div>
        </main>
        </body></html>
        """

    /// The image URLs of ``explainedStory``, in document order.
    public static let explainedStoryImages = [
        "/static/masthead.jpg", "/media/crane.jpg", "/media/crane.jpg", "/media/anna.jpg", "/media/ferry.jpg",
        "/media/harbour-walk.jpg",
    ]
}
