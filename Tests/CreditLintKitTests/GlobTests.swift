import CreditLintKit
import Testing

@Suite("Glob patterns")
struct GlobTests {
    @Test(
        "patterns match relative paths like .gitignore globs",
        arguments: [
            ("*.html", "index.html", true),
            ("*.html", "news/2026/a.html", true),
            ("news/*.html", "news/a.html", true),
            ("news/*.html", "news/2026/a.html", false),
            ("news/**/*.html", "news/2026/03/a.html", true),
            ("news/**", "news/a.htm", true),
            ("**/drafts/**", "blog/drafts/x.html", true),
            ("a?.html", "ab.html", true),
            ("a?.html", "a/.html", false),
            ("page[0-9].html", "page7.html", true),
            ("page[a-c].html", "page7.html", false),
            ("page[0123456789].html", "page8.html", true),
            ("page[!0-9].html", "pagex.html", true),
            ("./news/*.html", "news/a.html", true),
            ("*.htm", "a.html", false),
        ])
    func matching(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }
}
