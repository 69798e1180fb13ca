import CreditDocument
import Foundation

/// Turns the bytes of an HTML page into an ``HTMLDocument``.
///
/// ```swift
/// let document = HTMLParser.parse(try Data(contentsOf: pageURL))
/// for image in document.elements(named: ["img"]) { … }
/// ```
///
/// Parsing never throws and never touches the network: libxml2 runs with `HTML_PARSE_NONET`
/// and no entity loader, recovers from broken markup, and its messages are collected as
/// ``HTMLDocument/diagnostics`` instead of being printed. Decoding never fails either: bytes
/// that are not valid in the page's charset become U+FFFD, as in a browser.
public enum HTMLParser {
    /// Initialises libxml2 for the process; call once before parsing on several threads.
    ///
    /// `xmlInitParser()` is not safe to race, so a concurrent scan calls this on its own
    /// thread before any worker starts. Calling it again is free; ``parse(_:)`` calls it too.
    public static func prepare() {
        LibXML2Setup.initialize()
    }

    /// Detects the page's charset, parses it and converts the tree.
    ///
    /// - Parameter data: The raw bytes of the page.
    /// - Returns: The page as a tree, with the charset used and the parser's diagnostics.
    public static func parse(_ data: Data) -> HTMLDocument {
        parse(data, tree: LibXML2Converter.parse)
    }

    /// The same steps with another tree builder: tests compare the SAX-built tree with
    /// libxml2's own DOM (``LibXML2DOMConverter``) through this.
    static func parse(
        _ data: Data, tree: (UnsafeBufferPointer<UInt8>, String) -> HTMLDocument
    ) -> HTMLDocument {
        // The page is read in place: valid UTF-8 (most pages) reaches libxml2 uncopied.
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let (charset, strictlyValid) = CharsetDetector.detect(bytes)
            let body = UnsafeBufferPointer(rebasing: bytes[min(charset.bomLength, bytes.count)...])
            switch PageDecoder.utf8(
                body, encoding: charset.encoding, knownValid: strictlyValid && charset.bomLength == 0)
            {
            case .some(.none):
                return tree(body, charset.encoding)
            case .some(.some(let utf8)):
                return utf8.withUnsafeBufferPointer { tree($0, charset.encoding) }
            case .none:
                // No decoder for this charset on this system: read it as the web's fallback
                // instead, and say so in the charset recorded.
                let fallback =
                    PageDecoder.utf8(body, encoding: "windows-1252").map { $0 ?? Array(body) }
                    ?? Array(String(decoding: body, as: UTF8.self).utf8)
                return fallback.withUnsafeBufferPointer { tree($0, "windows-1252") }
            }
        }
    }
}
