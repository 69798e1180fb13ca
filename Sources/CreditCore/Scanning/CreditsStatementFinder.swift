import Foundation
import CreditLicenses

/// A photo-credits statement or list in the article ("Photo credits: …", "Bildnachweis: …")
/// that covers images without a credit of their own.
struct CreditsStatement {
    /// The whole statement, used when it cannot be split per image.
    var whole: LocatedCredit
    /// One entry per list item (`<li>` or line), in order, when the statement is a list.
    var entries: [LocatedCredit]

    /// The credits for `count` uncredited images in document order: one entry each when the
    /// list has exactly one entry per image, else the whole statement for every image.
    func credits(forImages count: Int) -> [LocatedCredit] {
        entries.count == count && count > 1 ? entries : Array(repeating: whole, count: count)
    }
}

/// Finds the ``CreditsStatement`` of an article.
struct CreditsStatementFinder {
    let document: HTMLDocument
    let scope: ArticleScope

    /// Longest statement accepted: a longer text is prose that happens to start with a label.
    static let maximumLength = 600

    /// Elements that can hold a statement or its heading.
    static let statementElements: Set<String> = [
        "p", "div", "li", "h2", "h3", "h4", "h5", "h6", "small", "section", "dl", "strong", "b",
    ]

    func find() -> CreditsStatement? {
        let root = scope.root ?? 0
        let visible = VisibleText(document: document)
        let candidates = labelHolders(under: root)
        for index in document.descendants(of: root) where candidates.contains(index) {
            let node = document.nodes[index]
            guard node.kind == .element, Self.statementElements.contains(node.name) else { continue }
            // Cheap size check first: most elements are far too long to be a statement.
            guard scope.allText[index] <= Self.maximumLength else { continue }
            let text = visible.of(index)
            guard !text.isEmpty, text.count <= Self.maximumLength else { continue }
            let lower = text.lowercased()
            guard CreditVocabulary.creditsListLabels.contains(where: { lower.hasPrefix($0) }) else { continue }
            var holder = index
            var statement = text
            // A heading alone ("Photo credits") names the list that follows it.
            if statement.split(separator: " ").count <= 3 {
                let anchor = document.nodes[node.parent].name == "p" || ["strong", "b"].contains(node.name) ? node.parent : index
                guard let next = document.nextElementSibling(of: anchor) else { continue }
                holder = next
                statement += " " + visible.of(next)
            }
            guard statement.count <= Self.maximumLength else { continue }
            let whole = LocatedCredit(span: CreditSpan(text: statement), strategy: .articleText, links: links(under: index) + (holder == index ? [] : links(under: holder)), node: index)
            return CreditsStatement(whole: whole, entries: entries(in: holder, visible: visible))
        }
        return nil
    }

    /// The first words of the list labels ("photo", "bildnachweis").
    private static let labelStems: [String] = Array(Set(CreditVocabulary.creditsListLabels.map { label in
        String(label.split(separator: " ").first ?? "").trimmingCharacters(in: CharacterSet(charactersIn: ":"))
    }))

    /// Whether the text holds one of the label stems, in any case. ASCII text is searched byte
    /// by byte without building a lower-cased copy: this runs on every short text of the page.
    private static func mentionsLabelStem(_ text: String) -> Bool {
        if text.isASCIIOnly {
            return asciiStemMatcher.matches(text)
        }
        if stemsAllowByteLowering, let lower = text.utf8.withContiguousStorageIfAvailable(byteLowered) {
            return stemMatcher.matches(lower)
        }
        return stemMatcher.matches(text.lowercased())
    }

    /// Whether the stems hold only ASCII and "é" and no "k", U+0307 or final "i", lower-case.
    /// Lower-casing maps scalar by scalar, and the only scalars it maps to ASCII are ASCII
    /// capitals, U+0130 (to "i" and U+0307) and U+212A (to "k"); the only ones it maps to
    /// "é" are "é" and "É". So for such stems a copy with just ASCII capitals and "É" lowered
    /// holds a stem exactly where the fully lower-cased text does, at a fraction of the cost.
    private static let stemsAllowByteLowering = labelStems.allSatisfy { stem in
        !stem.isEmpty && stem == stem.lowercased() && stem.unicodeScalars.last != "i"
            && stem.unicodeScalars.allSatisfy { ($0.isASCII && $0 != "k") || $0 == "é" }
    }

    /// The UTF-8 with ASCII capitals and "É" (C3 89) lowered, everything else kept.
    private static func byteLowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            for offset in bytes.indices {
                let byte = bytes[offset]
                if byte >= 0x41 && byte <= 0x5A {
                    output[offset] = byte + 0x20
                } else if byte == 0x89 && offset > 0 && bytes[offset - 1] == 0xC3 {
                    output[offset] = 0xA9
                } else {
                    output[offset] = byte
                }
            }
            return bytes.count
        }
    }

    private static let stemMatcher = FragmentMatcher([Array(labelStems)])

    /// The stems that are plain ASCII, matched in any ASCII case; the others cannot occur in
    /// ASCII text.
    private static let asciiStemMatcher = FragmentMatcher(
        [labelStems.filter { $0.utf8.allSatisfy { $0 < 0x80 } }], foldingASCIICase: true)

    /// The elements that hold a short text naming a label word: only they can be a
    /// statement, since a statement's text starts with its label. Found from the text nodes
    /// up, so the costly visible text is built for a handful of elements, not for all.
    private func labelHolders(under root: Int) -> Set<Int> {
        var holders: Set<Int> = []
        for index in document.descendants(of: root) where document.nodes[index].kind == .text {
            let text = document.nodes[index].text
            guard text.utf8.count <= Self.maximumLength * 4 else { continue }
            guard Self.mentionsLabelStem(text) else { continue }
            var current = document.nodes[index].parent
            while current >= 0, !holders.contains(current) {
                holders.insert(current)
                if current == root { break }
                current = document.nodes[current].parent
            }
        }
        return holders
    }

    /// The list items of the statement, each a credit of its own.
    private func entries(in holder: Int, visible: VisibleText) -> [LocatedCredit] {
        let items = document.elements(named: ["li"], under: holder)
        return items.compactMap { item in
            let text = visible.of(item)
            guard !text.isEmpty else { return nil }
            return LocatedCredit(span: CreditSpan(text: text), strategy: .articleText, links: links(under: item), node: item)
        }
    }

    private func links(under index: Int) -> [CreditLink] {
        document.links(under: index).map { CreditLink(text: $0.text, href: $0.href, rel: $0.rel) }
    }
}
