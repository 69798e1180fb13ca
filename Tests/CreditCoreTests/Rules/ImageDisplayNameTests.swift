import CreditModel
import Testing

@testable import CreditRules

/// How messages and the text report name an image: the file name with its folders, and what
/// tells a generic one apart.
@Suite struct ImageDisplayNameTests {
    @Test(
        arguments: [
            // A telling file name, with up to two of its folders.
            ("https://cdn.example/a/b/harbour.jpg?w=1#x", nil, "\"a/b/harbour.jpg\""),
            ("/news/2024/crane.jpg", "A crane", "\"news/2024/crane.jpg\""),
            ("/wp-content/uploads/2024/05/crane-at-dusk.jpg", nil, "\"2024/05/crane-at-dusk.jpg\""),
            ("harbour.jpg", nil, "\"harbour.jpg\""),
            ("//cdn.example/x/harbour.jpg", nil, "\"x/harbour.jpg\""),
            // A script or a generic name: the query's identifying parameter, then the alt text.
            ("/image.php?id=4711", nil, "\"image.php?id=4711\""),
            ("https://x.example/cms/image.php?w=800&id=4711", nil, "\"image.php?id=4711\""),
            ("/get.aspx?size=large&key=abc", nil, "\"get.aspx?key=abc\""),
            ("/x/get.aspx?w=800&gallery=7", nil, "\"get.aspx?gallery=7\""),
            // A cache-buster or a size tells nothing apart: the folders do.
            ("/cache/L250/9782809712735_large.jpg?1529494741", nil, "\"cache/L250/9782809712735_large.jpg\""),
            ("/a/b/image.php?w=800", nil, "\"a/b/image.php\""),
            ("/media/a/index.jpg", nil, "\"media/a/index.jpg\""),
            ("/media/a/index.jpg", "  A crane\nat dusk ", "\"media/a/index.jpg\" (alt: \"A crane at dusk\")"),
            ("img", "Harbour", "\"img\" (alt: \"Harbour\")"),
            ("/photos/photo.JPG", nil, "\"photos/photo.JPG\""),
            // Numbers and hashes are no names either.
            ("/u/4711.jpg", "Market day", "\"u/4711.jpg\" (alt: \"Market day\")"),
            ("/i/IMG_20240512_123456.jpg", nil, "\"i/IMG_20240512_123456.jpg\""),
            ("/i/9f86d081884c7d65.webp", "Quay", "\"i/9f86d081884c7d65.webp\" (alt: \"Quay\")"),
            ("/i/crane-2024.jpg", "Quay", "\"i/crane-2024.jpg\""),
            // Nothing but a host, inline data, and long parts cut with an ellipsis.
            ("https://cdn.example/", nil, "\"cdn.example\""),
            ("data:image/png;base64,AAAA", nil, "(inline data: image)"),
            ("data:image/png;base64,AAAA", "Logo", "(inline data: image, alt: \"Logo\")"),
            (
                "/" + String(repeating: "long-folder-name-", count: 6) + "/x/" + String(repeating: "a", count: 50)
                    + ".jpg",
                nil, "\"…e-/x/" + String(repeating: "a", count: 50) + ".jpg\""
            ),
            (
                "/img.jpg", String(repeating: "word ", count: 20),
                "\"img.jpg\" (alt: \"" + String(repeating: "word ", count: 12).dropLast(1) + "…\")"
            ),
        ] as [(String, String?, String)])
    func displayName(_ src: String, _ alt: String?, _ expected: String) {
        #expect(ScannedImage(src: src, line: 1, fingerprint: "f", alt: alt).displayName == expected)
    }

    @Test(arguments: [
        ("image.php", true), ("index.jpg", true), ("img", true), ("photo.png", true), ("12345.jpg", true),
        ("a3f9c2d1e8b7.jpg", true), ("IMG_1234.jpg", true), ("crane.jpg", false), ("crane-2024.jpg", false),
        ("café.jpg", false), ("deadbeef-harbour.jpg", false),
    ])
    func genericNames(_ name: String, _ generic: Bool) {
        #expect(ImageDisplayName.isGeneric(name) == generic)
    }
}
