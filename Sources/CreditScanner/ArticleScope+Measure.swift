import CreditDocument
import CreditLicenses

/// How much text, and of which kind, lies below each node: measured once per page in one
/// pass, so that choosing the article and sizing containers never walk a subtree again.
extension ArticleScope {
    /// Sums the text length of every paragraph-like element, and of all text, into each of
    /// its ancestors.
    ///
    /// One pass in document order: a node's nearest opaque element (`script`, `style`) and
    /// text block are its parent's unless it is one itself, so no text node walks its
    /// ancestors to find them.
    static func measureText(_ document: HTMLDocument) -> (paragraphs: [Int], all: [Int], story: [Int]) {
        let nodes = document.nodes
        var totals = Array(repeating: 0, count: nodes.count)
        var all = Array(repeating: 0, count: nodes.count)
        var story = Array(repeating: 0, count: nodes.count)
        // -1: none. Nodes come in document order, so a parent is always seen first.
        var insideOpaque = Array(repeating: false, count: nodes.count)
        var outOfStory = Array(repeating: false, count: nodes.count)
        var textBlock = Array(repeating: -1, count: nodes.count)
        for index in nodes.indices {
            let parent = nodes[index].parent
            let inherited = parent >= 0 && parent < index
            if nodes[index].kind == .element {
                let name = nodes[index].name
                insideOpaque[index] = (inherited && insideOpaque[parent]) || nodes[index].isOpaque
                // Text that is not the story: links, closed dialogs and `aria-hidden` parts
                // (shown only on demand), and readers' comments, which can outweigh the
                // story they follow.
                outOfStory[index] =
                    (inherited && outOfStory[parent])
                    || (name.utf8.count == 1 && name == "a")
                    || isHiddenFromStory(nodes[index].attributes)
                    || isCommentThread(nodes[index])
                textBlock[index] = isTextBlockName(name) ? index : (inherited ? textBlock[parent] : -1)
                continue
            }
            guard nodes[index].kind == .text, inherited else { continue }
            let text = nodes[index].text
            // Only text in running paragraphs counts as story; menus and link lists carry none.
            let block = textBlock[parent]
            let inParagraph = block >= 0 && isParagraphName(nodes[block].name)
            let visible = !insideOpaque[parent]
            // Script and style text counts for neither: it is not even measured.
            guard visible || inParagraph, text.utf8.count > 1 else { continue }
            // Indentation between tags is no text a reader sees, so the collapsed length counts
            // towards all text; ASCII text (most) gets both lengths from one pass over its bytes.
            let length: Int
            let collapsed: Int
            if let asciiCollapsed = collapsedASCIILength(text) {
                (length, collapsed) = (text.utf8.count, asciiCollapsed)
            } else {
                // A lone character takes several bytes outside ASCII ("é"); it does not count.
                guard text.index(after: text.startIndex) < text.endIndex else { continue }
                (length, collapsed) = text.characterCounts
            }
            if visible { all[parent] += collapsed }
            if inParagraph { totals[parent] += length }
            if visible && !outOfStory[parent] {
                if inParagraph {
                    story[parent] += length
                } else if collapsed >= minimumLooseTextRun, block >= 0, isLooseTextBlockName(nodes[block].name) {
                    story[parent] += collapsed
                }
            }
        }
        // Each node's own text was added to its parent; children come after their parent,
        // so one backward pass adds every subtree's total into its parent without walking
        // ancestors from each text node.
        // A hand-built tree out of document order gets the walk up from each node instead.
        guard nodes.indices.allSatisfy({ nodes[$0].parent < $0 }) else {
            let (ownTotals, ownAll, ownStory) = (totals, all, story)
            for index in nodes.indices where ownTotals[index] != 0 || ownAll[index] != 0 || ownStory[index] != 0 {
                var current = nodes[index].parent
                while current >= 0 {
                    totals[current] += ownTotals[index]
                    all[current] += ownAll[index]
                    story[current] += ownStory[index]
                    current = nodes[current].parent
                }
            }
            return (totals, all, story)
        }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            let parent = nodes[index].parent
            totals[parent] += totals[index]
            all[parent] += all[index]
            story[parent] += story[index]
        }
        return (totals, all, story)
    }

    /// Whether an element's text is out of the story even when it is in the page: a dialog
    /// (shown only when opened), a part marked `aria-hidden="true"` or `hidden`, or one its
    /// own style hides (`display: none`, `visibility: hidden`: a lightbox gallery's captions,
    /// collapsed panels), as Readability leaves out what is probably not visible.
    static func isHiddenFromStory(_ attributes: [HTMLAttribute]) -> Bool {
        for attribute in attributes {
            switch attribute.name.utf8.count {
            case 4 where attribute.name == "role": if attribute.value.lowercased() == "dialog" { return true }
            case 5 where attribute.name == "style": if hidesElement(style: attribute.value) { return true }
            case 6 where attribute.name == "hidden": return true
            case 11 where attribute.name == "aria-hidden": if attribute.value.lowercased() == "true" { return true }
            default: break
            }
        }
        return false
    }

    /// Whether an inline style hides its element: `display: none` or `visibility: hidden`, in
    /// any case and spacing.
    static func hidesElement(style: String) -> Bool {
        guard style.utf8.count < 1_024 else { return false }
        let compact: String
        if style.isASCIIOnly {
            // Most styles are ASCII: white space dropped and capitals lowered in one pass over
            // the bytes.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(style.utf8.count)
            for byte in style.utf8 where !byte.isASCIIWhitespace { bytes.append(byte.asciiLowercased) }
            compact = String(decoding: bytes, as: UTF8.self)
        } else {
            compact = String(
                String.UnicodeScalarView(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }))
        }
        return compact.containsText("display:none") || compact.containsText("visibility:hidden")
    }

    /// Whether an element holds readers' comments by its class words. The page's own
    /// wrappers are never a thread, whatever their classes say (`comments-open`).
    private static func isCommentThread(_ node: HTMLNode) -> Bool {
        guard let identifiers = node.identifierSlot.words, identifiers.verdicts.skipReason == "comments" else {
            return false
        }
        let name = node.name
        return name != "body" && name != "html" && name != "article" && name != "main"
    }

    /// Shortest run of text set straight into a `div` or `td` that reads as a paragraph of
    /// the story; shorter runs are labels, dates and menu entries.
    static let minimumLooseTextRun = 80

    /// Blocks whose own text, when long, is story text although no `p` holds it.
    static func isLooseTextBlockName(_ name: String) -> Bool {
        switch name.utf8.count {
        case 2: name == "td"
        case 3: name == "div"
        default: false
        }
    }

    /// The length `collapsingWhitespace()` would give an ASCII text, without building the
    /// string; nil when the text is not all ASCII.
    static func collapsedASCIILength(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable(collapsedASCIILength)
            ?? Array(text.utf8).withUnsafeBufferPointer(collapsedASCIILength)
    }

    /// The visible characters plus one space for each run of white space between two of them,
    /// eight bytes at a time.
    private static func collapsedASCIILength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        var count = CollapsedCount()
        var offset = 0
        while bytes.count - offset >= 8 {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            guard word & ASCIIWords.highBits == 0 else { return nil }
            count.pass(word: ASCIIWords.whitespace(word))
            offset += 8
        }
        while offset < bytes.count {
            guard base[offset] < 0x80 else { return nil }
            count.pass(whitespace: base[offset].isASCIIWhitespace)
            offset += 1
        }
        return count.collapsed
    }

    static let textBlockNames: Set<String> = [
        "p", "blockquote", "li", "td", "div", "nav", "figcaption", "h1", "h2", "h3",
    ]

    /// ``textBlockNames`` as a test on the name's length and then its few candidates: this
    /// runs on every element, and hashing each name cost more.
    static func isTextBlockName(_ name: String) -> Bool {
        switch name.utf8.count {
        case 1: name == "p"
        case 2: name == "li" || name == "td" || name == "h1" || name == "h2" || name == "h3"
        case 3: name == "div" || name == "nav"
        case 10: name == "blockquote" || name == "figcaption"
        default: false
        }
    }

    /// Whether text in this block is running story text (`p`, `blockquote`).
    static func isParagraphName(_ name: String) -> Bool {
        switch name.utf8.count {
        case 1: name == "p"
        case 10: name == "blockquote"
        default: false
        }
    }
}
