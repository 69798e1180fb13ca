import CreditDocument
import CreditLicenses
import CreditModel
import CreditText

/// Reads a credit from an element the site's configuration names (`creditSelectors`).
///
/// The user has said the element is a credit, so its whole visible text counts even when it
/// carries no label the scanner would recognise; a label, when present, still splits the
/// caption from the credit. Parsing then goes through the same assembler as every credit.
public enum SelectedCredit {
    /// The credit and licence stated by the element at `index`, nil when it shows no text.
    public static func credit(element index: Int, in document: HTMLDocument) -> (
        credit: ImageCredit, license: ImageLicense?
    )? {
        let text = VisibleText(document: document).of(index).trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        let span = CreditSpanFinder.find(in: text) ?? CreditSpan(text: text, caption: nil)
        let links = document.links(under: index).map { CreditLink(text: $0.text, href: $0.href, rel: $0.rel) }
        let assembled = CreditAssembler.assemble(
            LocatedCredit(span: span, strategy: .creditElement, links: links, node: index), in: document)
        return (assembled.credit, assembled.license)
    }
}
