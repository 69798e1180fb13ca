import CreditCore
import CreditHTML
import Foundation

// libFuzzer entry point for the page pipeline below the file system: charset detection,
// libxml2 parsing, tree conversion, image and credit discovery, and every rule. Any crash,
// trap or sanitizer report here would be a crash of `creditlint scan` on a page with these bytes.
// Built and run by Scripts/fuzz.sh, never by `swift build`.

private let scanner = PageScanner()
private let rules = RuleEngine(commercial: true)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let document = HTMLParser.parse(data)
    let scan = scanner.scan(document, path: "fuzz.html")
    for image in scan.images {
        let checked = rules.checked(image, path: "fuzz.html")
        // Findings must point into the page: a line number is never negative.
        precondition(checked.findings.allSatisfy { $0.line >= 0 }, "negative line")
    }
    return 0
}
