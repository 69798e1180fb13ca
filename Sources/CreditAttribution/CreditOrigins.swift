import CreditDocument
import CreditLicenses
import CreditModel
import CreditScanner

/// Works out, for each field of an assembled credit, the element and method it came from.
///
/// Every field of a credit found in the page's markup is read from one element: the span and
/// its parts from the element's text (or the attribute that held it), the links from the `<a>`
/// elements inside it. A URL written out in the text has no `<a>`, so it is reported as text.
enum CreditOrigins {
    static func make(
        for credit: ImageCredit, located: LocatedCredit, document: HTMLDocument
    ) -> [CreditField: FieldOrigin] {
        let holder = FieldOrigin(
            method: located.attribute == nil ? .text : .attribute,
            element: document.selector(of: located.node), line: document.nodes[located.node].line,
            property: located.attribute)
        var origins: [CreditField: FieldOrigin] = [.text: holder]
        if credit.caption?.isEmpty == false {
            let caption = captionElement(near: located.node, in: document)
            origins[.caption] = FieldOrigin(
                method: .text, element: document.selector(of: caption), line: document.nodes[caption].line)
        }
        let parsed: [(CreditField, String?)] = [
            (.author, credit.author), (.source, credit.source),
            (.title, credit.title), (.licenseText, credit.licenseText),
        ]
        for case (let field, let value?) in parsed where !value.isEmpty { origins[field] = holder }
        for case (let field, let url?) in [(CreditField.licenseURL, credit.licenseURL), (.sourceURL, credit.sourceURL)]
        {
            origins[field] = linkOrigin(href: url, near: located.node, in: document) ?? holder
        }
        return origins
    }

    /// The caption a credit's caption text was read from: the caption element around the
    /// credit, else the caption of its figure, else the credit's own element (a caption and
    /// credit sharing one line of text).
    private static func captionElement(near node: Int, in document: HTMLDocument) -> Int {
        let chain = [node] + document.ancestors(of: node)
        if let caption = chain.first(where: { BoxParts.isCaption(document.nodes[$0]) }) { return caption }
        if let figure = chain.first(where: { document.nodes[$0].name == "figure" }),
            let caption = document.descendants(of: figure).first(where: {
                document.nodes[$0].kind == .element && BoxParts.isCaption(document.nodes[$0]) && $0 != node
            })
        {
            return caption
        }
        return node
    }

    /// The `<a>` with this `href` inside the credit's element, else anywhere in its parent
    /// (a credits statement gathers links from the element around it).
    private static func linkOrigin(href: String, near node: Int, in document: HTMLDocument) -> FieldOrigin? {
        let parent = document.nodes[node].parent
        for scope in [node, parent] where scope >= 0 {
            for index in [scope] + document.descendants(of: scope)
            where document.nodes[index].isElement("a") && document.nodes[index].attribute("href") == href {
                return FieldOrigin(
                    method: .link, element: document.selector(of: index), line: document.nodes[index].line,
                    property: "href")
            }
        }
        return nil
    }
}

extension HTMLDocument {
    /// A short selector that names an element for a reader of the report: its tag, then
    /// `#id`, else up to two classes; links also show their `rel` (`a[rel=license]`).
    func selector(of index: Int) -> String {
        let node = nodes[index]
        var selector = node.name
        if let id = node.attribute("id")?.trimmingWhitespace(), !id.isEmpty, !id.contains(where: \.isWhitespace) {
            selector += "#" + id
        } else {
            selector += node.classNames.prefix(2).map { "." + $0 }.joined()
        }
        if node.name == "a", let rel = node.attribute("rel")?.trimmingWhitespace(), !rel.isEmpty {
            selector += "[rel=\(rel)]"
        }
        return selector
    }
}
