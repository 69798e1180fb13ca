internal import CLibXML2
import CreditDocument

extension SAXTreeBuilder {
    /// Reads the content that follows the start tag just reported (`name` as libxml2 gave it),
    /// where a reader can in place of libxml2: a script or style sheet, or else the text before
    /// the next tag.
    mutating func readContentInPlace(after element: ElementName, named name: UnsafePointer<xmlChar>) {
        if element.isOpaque,
            RawTextReader.read(
                context, name: name, content: { characters($0.baseAddress!, count: Int32($0.count), kind: .cdata) })
        {
            inPlace.rawText += 1
            return
        }
        let context = context
        guard LeadingTextReader.isBeforeText(context),
            names.answer(.leadingText, for: name, decide: { LeadingTextReader.allows(context, name: name) })
        else { return }
        if LeadingTextReader.read(
            context, name: name, text: { characters($0.baseAddress!, count: Int32($0.count), kind: .text) })
        {
            inPlace.leadingText += 1
        }
    }

    /// Reads the text that follows the end tag of the element `name`, just ended, where
    /// ``TrailingTextReader`` can in place of libxml2.
    mutating func readTextInPlace(afterEndOf name: UnsafePointer<xmlChar>) {
        let context = context
        let parser = context.pointee
        guard TrailingTextReader.isAtText(context), parser.nameNr >= 2, let stack = parser.nameTab,
            let parent = stack[Int(parser.nameNr) - 2],
            names.answer(.plainText, for: parent, decide: { LeadingTextReader.holdsPlainText(parent) }),
            TrailingTextReader.read(
                context, name: name, text: { characters($0.baseAddress!, count: Int32($0.count), kind: .text) })
        else { return }
        inPlace.trailingText += 1
    }
}
