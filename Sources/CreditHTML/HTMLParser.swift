import CreditCore
import Foundation

/// Parses HTML bytes into an ``HTMLDocument``. (Stub: replaced by the libxml2 converter.)
public enum HTMLParser {
    /// Decodes and parses a page; never throws, never fetches.
    public static func parse(_ data: Data) -> HTMLDocument {
        HTMLDocument(nodes: [HTMLNode(kind: .document)])
    }
}
