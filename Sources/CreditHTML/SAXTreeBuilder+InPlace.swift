internal import CLibXML2
import CreditDocument

extension SAXTreeBuilder {
    /// Reads what follows the start tag just reported where a reader can in place of libxml2:
    /// its content, then the start tag after that (none inside a script or style, whose
    /// content libxml2 reads as it stands).
    mutating func readInPlace(after element: ElementName, named name: UnsafePointer<xmlChar>) {
        readContentInPlace(after: element, named: name)
        if !element.isOpaque || (xmlStrEqual(name, "script") == 0 && xmlStrEqual(name, "style") == 0) {
            readStartTagInPlace(afterStartOf: name)
        }
    }

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

    /// Reads what follows the end of the element `name`, just ended, where a reader can in
    /// place of libxml2: the text after its end tag (``TrailingTextReader``), then the start tag
    /// after that text, that end tag, or the `/>` of a start tag read here.
    mutating func readTextInPlace(afterEndOf name: UnsafePointer<xmlChar>) {
        let context = context
        let parser = context.pointee
        guard TrailingTextReader.isAtText(context) else {
            guard isBeforeStartTag(),
                startTags.endsHandedOverTag(at: context, name: name)
                    || TrailingTextReader.isAfterEndTag(context, name: name)
            else { return }
            readStartTagInPlace(stepsOver: false)
            return
        }
        guard parser.nameNr >= 2, let stack = parser.nameTab, let parent = stack[Int(parser.nameNr) - 2],
            names.answer(.plainText, for: parent, decide: { LeadingTextReader.holdsPlainText(parent) }),
            TrailingTextReader.read(
                context, name: name, text: { characters($0.baseAddress!, count: Int32($0.count), kind: .text) })
        else { return }
        inPlace.trailingText += 1
        if isBeforeStartTag() { readStartTagInPlace(stepsOver: false) }
    }

    /// Reads the start tag right after the one of `name` just reported, or after the text
    /// read after it, whose `>` the parser stands on.
    mutating func readStartTagInPlace(afterStartOf name: UnsafePointer<xmlChar>) {
        let context = context
        guard isBeforeStartTag(afterOne: true), context.pointee.name == name,
            names.answer(.readFromPage, for: name, decide: { StartTagContent.isReadFromPage(context, name: name) })
        else { return }
        readStartTagInPlace(stepsOver: true)
    }

    /// Reads the start tag the parser stands at after libxml2 passed text or a comment on, after
    /// which it goes back to its content loop: inside an element, other than a script or style.
    mutating func readStartTagInPlaceAfterContent() {
        guard readsInPlace, isBeforeStartTag(), let name = context.pointee.name,
            xmlStrEqual(name, "script") == 0, xmlStrEqual(name, "style") == 0
        else { return }
        readStartTagInPlace(stepsOver: false)
    }

    /// Whether the parser stands at a `<` and an ASCII letter (or on the byte before them,
    /// `afterOne`) and no tag read in place waits for its event: the first thing to know and
    /// the cheapest.
    private mutating func isBeforeStartTag(afterOne: Bool = false) -> Bool {
        guard let input = context.pointee.input, let cursor = input.pointee.cur, let end = input.pointee.end
        else { return false }
        let tag = afterOne ? cursor + 1 : cursor
        guard end - tag > 2, tag.pointee == UInt8(ascii: "<"), (tag[1] | 0x20) >= 0x61, (tag[1] | 0x20) <= 0x7A,
            !afterOne || cursor.pointee == UInt8(ascii: ">")
        else { return false }
        return !startTags.waits(at: context)
    }

    /// Reads the start tag at the parser's position, or after the `>` it stands on (`stepsOver`).
    private mutating func readStartTagInPlace(stepsOver: Bool) {
        guard StartTagContent.isReady(context.pointee), let input = context.pointee.input,
            let cursor = input.pointee.cur
        else { return }
        let column = stepsOver ? input.pointee.col + 1 : input.pointee.col
        if StartTagReader.read(
            context, tag: stepsOver ? cursor + 1 : cursor, line: input.pointee.line, column: column,
            stepsOver: stepsOver, into: &startTags)
        {
            inPlace.startTags += 1
        }
    }

    /// The attributes for the start-element event of `name`, and the line of its node: those
    /// ``StartTagReader`` read, when the event is that of the tag it read; the line that tag's
    /// `<` is on, for an element libxml2 implies before it (having read only its name).
    mutating func attributesReadInPlace(
        for name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) -> (UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int32) {
        guard startTags.isAtEnd(context) else { return (attributes, currentLine) }
        guard name == startTags.name, attributes == nil else { return (attributes, startTags.nameLine) }
        return (
            startTags.handOver(endsWithSlash: context.pointee.input.pointee.cur.pointee == UInt8(ascii: "/")),
            currentLine
        )
    }
}
