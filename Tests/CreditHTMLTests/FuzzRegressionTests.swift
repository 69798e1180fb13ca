import CreditCore
import CreditHTML
import CreditTestSupport
import Foundation
import Testing

/// Inputs that once crashed, hung or silently cut short the page pipeline, run through the same
/// steps as the `page-scanner` fuzz target (parse, scan, check). A crash that `Scripts/fuzz.sh`
/// finds is added here as one line, base64 or generated, with what it broke.
@Suite("Page pipeline regressions")
struct FuzzRegressionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var bytes: @Sendable () -> [UInt8]
        /// The `src` of the last content image, which must still be found.
        var lastImage: String?
    }

    static let figure = "<figure><img src=last.jpg><figcaption>Photo: Jane Doe/Reuters</figcaption></figure>"

    static let cases: [Case] = [
        // Stack overflow in the recursive text walk once libxml2 kept the whole depth.
        Case(
            testDescription: "20,000 nested spans",
            bytes: {
                Array(("<article>" + String(repeating: "<span>", count: 20_000) + figure).utf8)
            }, lastImage: "last.jpg"),
        // libxml2 stopped at the first NUL: the rest of the page was never scanned.
        Case(
            testDescription: "NUL before the image",
            bytes: {
                Array("<article><p>a".utf8) + [0] + Array(("b</p>" + figure).utf8)
            }, lastImage: "last.jpg"),
        // iconv stopped at windows-1252's undefined bytes.
        Case(
            testDescription: "undefined windows-1252 bytes",
            bytes: {
                Array("<article><p>".utf8) + [0x81, 0x8D, 0x8F, 0x90, 0x9D] + Array(figure.utf8)
            }, lastImage: "last.jpg"),
        // libxml2 switched to the declared charset and lost a UTF-8 page that lied.
        Case(
            testDescription: "UTF-8 page declaring shift_jis",
            bytes: {
                Array(("<meta charset=shift_jis><article><p>Zürich 中文</p>" + figure).utf8)
            }, lastImage: "last.jpg"),
        Case(testDescription: "empty page", bytes: { [] }, lastImage: nil),
        Case(
            testDescription: "truncated meta", bytes: { Array("<meta http-equiv=content-type content='charset=".utf8) },
            lastImage: nil),
    ]

    @Test("the page pipeline survives and finds the last image", arguments: cases)
    func pipeline(_ item: Case) {
        let scan = ScanFixtures.scan(bytes: item.bytes(), path: "regression.html")
        let rules = RuleEngine(commercial: true)
        for image in scan.images { _ = rules.checked(image, path: "regression.html") }
        #expect(scan.images.last?.src == item.lastImage)
    }
}
