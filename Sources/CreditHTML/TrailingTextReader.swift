internal import CLibXML2
import CreditDocument

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the text that follows an end tag in place of libxml2, with the same result: the rest
/// of a page's text, after ``LeadingTextReader`` (`</a> and more`, `</b>,`).
///
/// `htmlParseEndTag` (libxml2 2.9.14) reports the end of the element whose end tag it read
/// standing just past that tag's `>`, then leaves the element and returns to the content loop,
/// which reads the text there with `htmlParseCharData` inside the parent, as it reads text after
/// a start tag. Other end-of-element events (elements closed by another tag or by a start tag,
/// empty elements) come from elsewhere; only the one whose end tag, exactly `</name>`, lies
/// right before the parser is this one. The parent must pass its text on as it stands (see
/// ``LeadingTextReader``), and the parser is then simply moved to the `<` or `&`.
enum TrailingTextReader {
    /// Reads the text when the end-of-element event for `name` is reported by
    /// `htmlParseEndTag`, inside a parent whose text libxml2 passes on as it stands (which the
    /// caller has checked, see ``LeadingTextReader/holdsPlainText(_:)``); hands it to `text`
    /// with the parser's line set to that of libxml2's first piece, and moves the parser past
    /// it; returns false, having changed nothing, when libxml2 must read it itself.
    static func read(
        _ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>, text: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        let parser = context.pointee
        guard isAtText(context), parser.nameNr >= 2, isAfterEndTag(context, name: name), let input = parser.input,
            let cursor = input.pointee.cur, let end = input.pointee.end
        else { return false }
        guard
            let found = LeadingTextReader.scan(
                from: cursor, end: end, line: input.pointee.line, column: input.pointee.col)
        else { return false }
        input.pointee.line = found.firstPieceLine
        text(UnsafeBufferPointer(start: cursor, count: found.stop - cursor))
        input.pointee.cur = found.stop
        input.pointee.line = found.line
        input.pointee.col = found.column
        return true
    }

    /// Whether the end-of-element event for `name` being reported is the one `htmlParseEndTag`
    /// reports for the element its end tag closed, standing just past that tag, after which
    /// the parser returns to its content loop with no other event or error.
    static func isAfterEndTag(_ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>) -> Bool {
        let parser = context.pointee
        guard StartTagContent.isReady(parser), let input = parser.input, let cursor = input.pointee.cur,
            let current = parser.name, xmlStrEqual(current, name) == 1
        else { return false }
        return follows(endTag: name, before: cursor, from: input.pointee.base)
    }

    /// Whether the bytes right before `cursor` are `</name>`, the name in any ASCII case
    /// (libxml2 lower-cases the names it reads).
    private static func follows(
        endTag name: UnsafePointer<xmlChar>, before cursor: UnsafePointer<UInt8>, from base: UnsafePointer<UInt8>?
    ) -> Bool {
        let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        guard let base, cursor - base >= length + 3, cursor[-1] == UInt8(ascii: ">") else { return false }
        let tag = cursor - (length + 3)
        return tag[0] == UInt8(ascii: "<") && tag[1] == UInt8(ascii: "/")
            && StartTagContent.spells(name, length: length, at: tag + 2)
    }

    /// Whether the parser stands before text (neither `<` nor `&`), the first thing to know
    /// and the cheapest: most end tags are followed by another tag.
    static func isAtText(_ context: htmlParserCtxtPtr) -> Bool {
        guard let input = context.pointee.input, let cursor = input.pointee.cur, let end = input.pointee.end,
            cursor < end
        else { return false }
        return cursor.pointee != UInt8(ascii: "<") && cursor.pointee != UInt8(ascii: "&")
    }
}
