import CreditHTML
import Foundation
import Testing

@testable import CreditDocument
@testable import CreditLicenses
@testable import CreditScanner
@testable import CreditText

/// The scanner's byte-level fast paths must answer exactly what the plain Swift they replace
/// answers; each test compares the two on texts chosen to reach the fallbacks.
@Suite("Fast paths agree with the code they replace")
struct FastPathEquivalenceTests {
    static let texts = [
        "", "a", "Photo: Jane Doe/Reuters", "Foto: ANP / Remko de Waal", "café", "cafe\u{301}",
        "line\r\nbreak", "Ελληνικά κείμενα", "Русский текст", "中文文本，标点。", "한국어 텍스트",
        "\u{1100}\u{1161}\u{11A8}", "emoji 👍🏽 and 👨‍👩‍👧", "©\u{FE0F} 2024", "नमस्ते दुनिया", "مرحبا بالعالم",
        "\u{212A}elvin", "soft\u{AD}hyphen", "tab\tand\u{2003}em space", "zero\u{200B}width",
        "Getty Images", "gettyimages.com", "xreuters", "reuters2", "(reuters)", "reutersé", "ﬁreuters",
        "télam photo", "photo: télam", "연합뉴스 제공", "agence france-presse", "AP Photo/Jane Doe",
        "(AFP)", "dpa/picture alliance", "EFE/Juan Pérez", "PAP-x", "ČTK", "ap photo", "NASA/JPL-Caltech",
    ]

    /// Texts whose ASCII runs span whole eight-byte words around other characters.
    static let longTexts = [
        "Fotografie: Jan Novák pro ČTK, Praha – duben 2024   ", "    Zdroj:\tWikimedia Commons\n\n   CC BY-SA 4.0",
        "Ελληνικά κείμενα with english words between them and more", "abcdefgh\u{A0}ijklmnop\u{3000}qrstuvwx  ",
        "12345678\r\n12345678", "12345678 12345678é12345678 ", "\u{B}\u{C}\u{B}\u{C}\u{B}\u{C}\u{B}\u{C}x",
    ]

    @Test(arguments: texts + longTexts)
    func characterCountIsCount(_ text: String) {
        #expect(text.characterCounts == (text.count, text.collapsingWhitespace().count))
        let spaced = "  \u{3000}" + text + " \n\u{A0} " + text + "\r\n"
        #expect(spaced.characterCounts == (spaced.count, spaced.collapsingWhitespace().count))
    }

    @Test(arguments: texts)
    func byteCharacterCountAgreesWithDecodingWhenItAnswers(_ text: String) {
        // The text itself, and its bytes broken and spliced: invalid, truncated, overlong
        // and surrogate sequences must give nil or the count of the repaired string.
        var samples = [Array(text.utf8), Array(("é\u{301}x" + text + "\u{1F600}").utf8)]
        samples += [
            [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0x80, 0x41], [0x0D, 0x0A],
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var bytes = Array(text.utf8)
            for _ in 0..<3 where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                    in: 0x80...0xFF, using: &generator)
            }
            samples.append(bytes)
        }
        for bytes in samples {
            let count = bytes.withUnsafeBufferPointer { String.characterCount(ofUTF8: $0) }
            #expect(count == nil || count == String(decoding: bytes, as: UTF8.self).count, "\(bytes)")
        }
    }

    @Test(arguments: texts)
    func byteOffsetOfACharacterAgreesWithTheGraphemeWalkAtATag(_ text: String) {
        // A `<` after the text, after a combining mark that joins the text's last character,
        // and between two copies: where the byte walk lands on a `<`, the grapheme walk lands
        // on the same byte.
        for line in [text + "<img>", text + "\u{301}<img>", text + "<a>" + text + "<img>", "\r\n<" + text] {
            let bytes = Array(line.utf8)
            for characters in 0...(line.count + 1) {
                guard
                    let offset = bytes.withUnsafeBufferPointer({
                        String.utf8Offset(ofCharacter: characters, in: $0)
                    }), offset < bytes.count, bytes[offset] == UInt8(ascii: "<")
                else { continue }
                let index = line.index(line.startIndex, offsetBy: characters)
                #expect(line.utf8.distance(from: line.startIndex, to: index) == offset, "\(line) \(characters)")
            }
        }
    }

    @Test(arguments: [
        "", "/", "//", "///", "?", "#", "https://www.example.org", "https://www.example.org/",
        "http://example.org:8080/a/b?x=1#top", "//cdn.example.org/img.jpg", "/story/2024/harbour?ref=home",
        "story.html#comments", "https://example.org?q=/a", "https://example.org#/a", "mailto:x@example.org",
        "https://user@example.org/a", "ftp://example.org/a//b/", "https:///path", "a://b://c/d", "//?x", "\r\n//x/y",
    ])
    func linkPathAndHostByBytesAgreeWithTheCharacterWalk(_ url: String) {
        #expect(LinkTarget.path(of: url) == LinkTarget.characterPath(of: url), "\(url)")
        let rest: Substring? =
            url.firstRange(ofText: "://").map { url[$0.upperBound...] }
            ?? (url.hasPrefix("//") ? url.dropFirst(2) : nil)
        let host = rest.map { $0.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" } }
        let expected = host.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : String($0) }
        #expect(LinkTarget.host(of: url) == expected, "\(url)")
    }

    @Test func byteOffsetOfACharacterAnswersForStandaloneScalarsOnly() {
        let offset = { (text: String, characters: Int) in
            Array(text.utf8).withUnsafeBufferPointer { String.utf8Offset(ofCharacter: characters, in: $0) }
        }
        #expect(offset("Русский текст<img>", 13) == 25)
        #expect(offset("中文<img>", 2) == 6)
        #expect(offset("cafe\u{301}<img>", 4) == 4)
        #expect(offset("cafe\u{301}<img>", 5) == nil)
        #expect(offset("👍<img>", 1) == nil)
        #expect(offset("ab", 3) == nil)
    }

    @Test(arguments: [
        "", "Photo: Jane Doe/Reuters", "Русский текст", "中文文本，标点。", "한국어 텍스트", "tab\tand\u{2003}em space",
    ])
    func byteCharacterCountAnswersForTextOfStandaloneScalars(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { String.characterCount(ofUTF8: $0) } == text.count)
    }

    @Test(arguments: texts)
    func stringSearchAgreesWithAPlainByteSearch(_ text: String) {
        let hay = Array(text.utf8)
        for needle in [
            "", "a", "reuters", "photo", "é", "👍🏽", text, text + "x", String(text.prefix(3)), String(text.suffix(2)),
        ] {
            let pin = Array(needle.utf8)
            let expected =
                pin.isEmpty
                || (pin.count <= hay.count
                    && (0...(hay.count - pin.count)).contains { Array(hay[$0..<($0 + pin.count)]) == pin })
            #expect(text.containsText(needle) == expected, "\(needle)")
            #expect(text[...].containsText(needle[...]) == expected, "\(needle)")
        }
    }

    @Test(
        arguments: texts + [
            "  a  b\r\n c\t", "\u{B}x\u{C}", " ", "a", "", "        ", "abcdefgh", " abcdefg h",
            "abcdefg\n\n\n\nhijklmnop   qrs", "\t\t\t\t\t\t\t\tword", "word\u{B}\u{C}\r\n\t    x  ",
            String(repeating: "ab  ", count: 10), String(repeating: "x ", count: 9), "12345678é", "é12345678",
            "1234567\u{7F}9 ab", "\u{1F}\u{21}\u{2F}\u{08}\u{0E}       z",
        ])
    func asciiCollapsedLengthIsTheCollapsedCount(_ text: String) {
        #expect(ArticleScope.collapsedASCIILength(text) == (text.isASCIIOnly ? text.collapsingWhitespace().count : nil))
    }

    @Test(
        arguments: texts + [
            "www.example.org", "WwW.x", "ww.w.", "wwww.", "see WWW . x", "\u{130}www.", "ｗｗｗ.", "w.ww.",
        ])
    func wwwTestAgreesWithTheLowerCasedSearch(_ text: String) {
        #expect(text.containsASCIIWWW == text.lowercased().containsText("www."))
    }

    @Test(arguments: texts)
    func agencyMatcherAgreesWithTheWordSearch(_ text: String) {
        let lower = text.lowercased()
        let expected = CreditVocabulary.agencies.contains { CreditEvidence.containsWord(lower, $0) }
        #expect(AgencyMatcher.shared.matches(lower) == expected)
    }

    @Test(arguments: texts)
    func agencyNamesAgreeWithTheWordSplit(_ text: String) {
        let lower = text.lowercased()
        let expected =
            CreditVocabulary.agencies.contains { CreditEvidence.containsWord(lower, $0) }
            || text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
                .contains { CreditVocabulary.acronymAgencies.contains(String($0)) }
        #expect(CreditEvidence.namesAgency(text) == expected)
    }

    static let urls = [
        "https://example.org/wp-content/uploads/2024/05/logo-header.png",
        "https://stats.wp.com/b.gif?v=1", "//cdn.example.org/icons/share.svg", "/media/photo.jpg",
        "https://example.org/a/b/?x=/logo", "?only=query", "https://example.org/path/", "///",
        "https://example.org/donate/banner.jpg", "https://example.org/ÿ/logo.png", "",
    ]

    @Test(arguments: urls)
    func fragmentMatcherFindsTheFirstGroupInOrder(_ url: String) {
        let groups = ImageSkipRules.urlHints.map(\.fragments)
        let expected = groups.firstIndex { $0.contains { url.containsText($0) } }
        #expect(FragmentMatcher(groups).firstGroup(in: url) == expected)
    }

    @Test(arguments: urls + texts)
    func caseFoldingMatcherFindsWhatLowerCasingFinds(_ text: String) {
        let fragments = [["photo", "bild"], ["credit", "/"], ["é"]]
        let lowered = String(decoding: text.utf8.map { $0.asciiLowercased }, as: UTF8.self)
        #expect(
            FragmentMatcher(fragments, foldingASCIICase: true).firstGroup(in: text)
                == FragmentMatcher(fragments).firstGroup(in: lowered))
        #expect(
            FragmentMatcher(fragments, foldingASCIICase: true).firstGroup(in: text.uppercased())
                == FragmentMatcher(fragments).firstGroup(
                    in: String(decoding: text.uppercased().utf8.map { $0.asciiLowercased }, as: UTF8.self)))
    }

    @Test(arguments: urls)
    func piecesAreThoseOfSplit(_ url: String) {
        #expect(url.firstPiece(splitAt: "?") == url.split(separator: "?").first.map(String.init))
        #expect(url.lastPiece(splitAt: "/") == url.split(separator: "/").last.map(String.init))
        #expect(url.pieces(splitAt: "/") == url.split(separator: "/").map(String.init))
    }

    @Test(arguments: ["Attribution,Notice", ",,a,,b,", "", "by-nc-sa", "-", "é-/\u{301}-x", "a/\u{301}/b"])
    func allPiecesAreThoseOfSplit(_ text: String) {
        for separator: Character in [",", "-", "/"] {
            #expect(text.pieces(splitAt: separator) == text.split(separator: separator).map(String.init), "\(text)")
        }
    }

    @Test(
        arguments: urls + ["/a/B.JPG", "photo.JpEg?x#y", "x.png#a.gif", "?.jpg", "#.svg", ".webp", "a.jpg/", "a.jfi"])
    func pictureFileByBytesIsThatOfTheCharacterWalk(_ url: String) {
        let path = url.lowercased().prefix { $0 != "?" && $0 != "#" }
        #expect(ImageURLs.isPictureFile(url) == ImageURLs.pictureExtensions.contains { path.hasSuffix($0) }, "\(url)")
    }

    @Test func articleVocabularySwitchesMatchTheSets() {
        let words = ClassVocabulary.contentTokens.union(ClassVocabulary.articleWords).union(ClassVocabulary.bodyWords)
            .union(["posts", "stories", "contents", "main-contents", "", "Article"])
        for word in words {
            #expect(ClassVocabulary.isContentToken(word) == ClassVocabulary.contentTokens.contains(word), "\(word)")
        }
    }

    @Test func textBlockNamesMatchTheSet() {
        let names = ArticleScope.textBlockNames.union([
            "a", "b", "span", "section", "h4", "blockquotes", "", "P", "figure",
        ])
        for name in names {
            #expect(ArticleScope.isTextBlockName(name) == ArticleScope.textBlockNames.contains(name), "\(name)")
            #expect(ArticleScope.isParagraphName(name) == (name == "p" || name == "blockquote"), "\(name)")
        }
    }

    @Test(arguments: texts + ["  a  b\r\n c\t", "\r\n", " x", "x "])
    func wordsAndTrimmingAreThoseOfCharacters(_ text: String) {
        #expect(text.splittingOnWhitespace() == text.split(whereSeparator: { $0.isWhitespace }))
        let start = text.firstIndex { !$0.isWhitespace }
        let end = text.lastIndex { !$0.isWhitespace }
        #expect(text.trimmingWhitespace() == (start.flatMap { s in end.map { String(text[s...$0]) } } ?? ""))
    }

    @Test func labelCandidatesAreTheLabelsWhoseFirstCharacterCanMatch() {
        let characters: [Character] = ["P", "p", "F", "©", "B", "b", "写", "Ф", "ф", "x", "İ", "É", "é"]
        for character in characters {
            let expected = CreditSpanFinder.colonLabelCharacters.indices.filter { index in
                CreditSpanFinder.matchLength([character], [CreditSpanFinder.colonLabelCharacters[index][0]], at: 0)
                    != nil
            }
            #expect(
                CreditSpanFinder.labelCandidates(CreditSpanFinder.colonLabelsByFirst, character) == expected,
                "\(character)")
        }
    }

    @Test func subtreeWalksMatchAStackWalk() throws {
        let html = """
            <html><body><div id=a><p>One <b>two</b></p><ul><li>x<li>y</ul></div>
            <figure><img src=a.jpg><figcaption>Cap <a href=/x>link</a></figcaption></figure>
            <!-- note --><table><tr><td>cell</table></body></html>
            """
        let document = HTMLParser.parse(Data(html.utf8))
        for index in document.nodes.indices {
            var expected: [Int] = []
            var stack = Array(document.nodes[index].children.reversed())
            while let next = stack.popLast() {
                expected.append(next)
                stack.append(contentsOf: document.nodes[next].children.reversed())
            }
            #expect(document.descendants(of: index) == expected)
            let named = expected.filter {
                document.nodes[$0].kind == .element && ["a", "li", "img"].contains(document.nodes[$0].name)
            }
            #expect(document.elements(named: ["a", "li", "img"], under: index) == named)
        }
    }

    @Test(arguments: texts + ["a\u{0B}b", "a\u{0C}b", "a\u{85}b", "a\u{1C}b", "/img/a.jpg", "a.jpg 2x"])
    func whitespaceInAttributeValuesAsCharactersSay(_ text: String) {
        #expect(ImageURLs.containsWhitespace(text) == text.contains(where: \.isWhitespace))
    }

    @Test(
        arguments: texts + [
            "display:none", "DISPLAY : NONE", "display:\tnone;", "Visibility: Hidden", "color: red",
            "display:\u{A0}none", "display: none\u{2003}", "display:\u{0B}none", "visibility:hidden\r\n",
        ])
    func hiddenStylesAsScalarsSay(_ style: String) {
        let compact = String(
            String.UnicodeScalarView(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }))
        let plain = compact.containsText("display:none") || compact.containsText("visibility:hidden")
        #expect(ArticleScope.hidesElement(style: style) == plain)
    }

    @Test("the remembered credit span and parts are the ones a fresh reading finds, byte for byte")
    func rememberedSpansAreFresh() {
        let texts =
            Self.texts + Self.texts.map { "Photo: " + $0 } + [
                "Foto: Caf\u{E9} Images", "Foto: Cafe\u{301} Images", "Caf\u{E9}. Photo: Jane Doe/Reuters",
                "Cafe\u{301}. Photo: Jane Doe/Reuters",
            ]
        for _ in 0..<2 {
            for text in texts {
                let remembered = CreditSpanFinder.find(in: text)
                let fresh = CreditSpanFinder.search(text)
                #expect(remembered == fresh, "\(text)")
                #expect(
                    remembered.map { Array($0.text.utf8) } == fresh.map { Array($0.text.utf8) }, "\(text)")
                let link = CreditLink(text: "CC BY 4.0", href: "https://creativecommons.org/licenses/by/4.0/")
                for links in [[], [link], [CreditLink(text: link.text, href: link.href, rel: "")]] {
                    let parts = CreditParser.parse(text, links: links)
                    let freshParts = CreditParser.parseAfresh(text, links: links)
                    #expect(parts == freshParts, "\(text)")
                    #expect(parts.author.map { Array($0.utf8) } == freshParts.author.map { Array($0.utf8) })
                }
            }
        }
    }

    static let hrefs = [
        "", "/", "//", "#", "/story/1", "/story/1/", "/Story/1#top", " https://Example.com/story/1/ ",
        "HTTPS://WWW.EXAMPLE.COM/STORY/1", "//cdn.example.com/a/b//", "https://example.com", "https://example.com#x",
        "story.html?id=3#c", "mailto:someone@example.com", "/café/é", "/CAFÉ/É", "\u{A0}/story/1\u{A0}",
        "https://例え.jp/記事/", "javascript:void(0)", "ftp://host:21/file", "://", "a://b",
    ]

    /// The reading of `href` that the byte comparison replaces: lower-case, trim, cut the
    /// fragment, the scheme and host, and trailing slashes, all on characters.
    static func plainComparable(_ href: String) -> String {
        var value = Substring(href.lowercased().trimmingCharacters(in: .whitespacesAndNewlines))
        if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
        if let scheme = value.range(of: "://") {
            value = value[scheme.upperBound...].drop { $0 != "/" }
        } else if value.hasPrefix("//") {
            value = value.dropFirst(2).drop { $0 != "/" }
        }
        while value.hasSuffix("/") { value = value.dropLast() }
        return String(value)
    }

    @Test(arguments: hrefs)
    func linksLeadToTheSamePageAsCharacterComparisonSays(_ href: String) {
        let target = ImageSkipRules.comparableHref(href.lowercased())
        #expect(String(target) == Self.plainComparable(href))
        for other in Self.hrefs {
            #expect(
                ImageSkipRules.href(other, leadsTo: target) == (Self.plainComparable(other) == String(target)),
                "\(other) against \(href)")
        }
    }

    @Test(arguments: [
        "og:image", "OG:Image", "og:image ", " og:image", "og:image:url", "og:imagE:SECURE_URL", "og:url", "Og:Url",
        "canonical", "CANONICAL", "canonical nofollow", "image_src", "Image_Src", "\u{212A}anonical", "og:\u{130}mage",
        "ｃａｎｏｎｉｃａｌ", "", "og", "noopener noreferrer",
    ])
    func headNamesCompareAsLowerCasing(_ value: String) {
        let lowered = value.lowercased()
        #expect(
            PageImageHints.isNamed(value, "og:image", "og:image:url", "og:image:secure_url")
                == ["og:image", "og:image:url", "og:image:secure_url"].contains(lowered))
        #expect(PageImageHints.isNamed(value, "og:url") == (lowered == "og:url"))
        #expect(PageImageHints.isNamed(value, "canonical") == (lowered == "canonical"))
        #expect(PageImageHints.isNamed(value, "image_src") == (lowered == "image_src"))
    }
}
