import CreditCore
import Foundation

/// Turns the bytes of an HTML page into an ``HTMLDocument``.
///
/// ```swift
/// let document = HTMLParser.parse(try Data(contentsOf: pageURL))
/// for image in document.elements(named: ["img"]) { … }
/// ```
///
/// Parsing never throws and never touches the network: libxml2 runs with `HTML_PARSE_NONET`,
/// recovers from broken markup, and its messages are collected as
/// ``HTMLDocument/diagnostics`` instead of being printed.
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
        let bytes = [UInt8](data)
        let charset = CharsetDetector.detect(bytes)
        return LibXML2Converter.parse(
            bytes: bytes, skipping: charset.bomLength, encoding: charset.encoding)
    }
}
