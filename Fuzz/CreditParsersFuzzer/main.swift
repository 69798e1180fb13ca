import CreditLicenses

// libFuzzer entry point for the licence and credit parsers on arbitrary strings. The input is
// split at NUL bytes into the credit text, a link target and the link's text, so that one
// input exercises licence identification by name and by URL and credit parsing with links.
// Built and run by Scripts/fuzz.sh, never by `swift build`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
    let parts = bytes.split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let text = parts.first ?? ""
    let href = parts.count > 1 ? parts[1] : text
    let linkText = parts.count > 2 ? parts[2] : text

    _ = LicenseIdentifier.identify(text)
    _ = LicenseIdentifier.identify(url: href)
    _ = LicenseIdentifier.identify(text: text)
    _ = LicenseIdentifier.licenses(in: text)
    for mention in LicenseIdentifier.mentions(in: text) {
        // A mention quotes the text it was found in.
        precondition(text.contains(mention.matchedText), "mention not in its text")
    }
    let credit = CreditParser.parse(text, links: [CreditLink(text: linkText, href: href)])
    precondition((0...1).contains(credit.confidence), "confidence out of range")
    return 0
}
