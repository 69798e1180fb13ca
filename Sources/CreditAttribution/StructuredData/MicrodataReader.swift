import CreditDocument
import CreditLicenses
import CreditModel

/// Reads schema.org `ImageObject` items written as microdata (`itemscope`, `itemprop`).
///
/// A property's value follows the microdata rules: `content` on `meta`, `href` on `a` and
/// `link`, `src` on media, else the element's text; a nested item (a `Person` as `creator`)
/// gives its `name`. The item's element is its scope: the images inside it are its images.
enum MicrodataReader {
    static func read(_ document: HTMLDocument) -> [StructuredCredit] {
        var found: [StructuredCredit] = []
        for index in document.elements(withAttribute: ["itemscope"]) {
            let node = document.nodes[index]
            guard node.kind == .element, node.attribute("itemscope") != nil,
                node.attribute("itemtype")?.containsText("ImageObject") == true
            else { continue }
            var values: [String: String] = [:]
            var urls: [String] = []
            for property in itemProperties(of: index, in: document) {
                let names = document.nodes[property].attribute("itemprop")?.splittingOnWhitespace() ?? []
                guard let value = propertyValue(property, in: document) else { continue }
                for name in names.map(String.init) {
                    if name == "contentUrl" || name == "url" { urls.append(value) }
                    if values[name] == nil { values[name] = value }
                }
            }
            var properties: [String: String] = [:]
            func pick(_ keys: String..., as field: String) -> String? {
                for key in keys {
                    if let value = values[key] {
                        properties[field] = key
                        return value
                    }
                }
                return nil
            }
            let metadata = ImageMetadata(
                format: .microdata, line: node.line, creditText: pick("creditText", as: "creditText"),
                creator: pick("creator", "author", as: "creator"),
                copyrightNotice: pick("copyrightNotice", "copyrightHolder", as: "copyrightNotice"),
                license: pick("license", as: "license"),
                acquireLicensePage: pick("acquireLicensePage", as: "acquireLicensePage"),
                title: pick("name", as: "title"))
            guard !metadata.isEmpty else { continue }
            found.append(
                StructuredCredit(
                    metadata: metadata, imageURLs: urls, scope: index, element: document.selector(of: index),
                    properties: properties))
        }
        return found
    }

    /// The elements carrying this item's properties: descendants with `itemprop`, not
    /// descending into nested items (whose properties are theirs, not this item's).
    private static func itemProperties(of item: Int, in document: HTMLDocument) -> [Int] {
        var result: [Int] = []
        var stack = Array(document.nodes[item].children.reversed())
        while let next = stack.popLast() {
            let node = document.nodes[next]
            guard node.kind == .element else { continue }
            if node.attribute("itemprop") != nil { result.append(next) }
            if node.attribute("itemscope") == nil { stack.append(contentsOf: node.children.reversed()) }
        }
        return result
    }

    private static func propertyValue(_ index: Int, in document: HTMLDocument) -> String? {
        let node = document.nodes[index]
        let raw: String?
        if node.attribute("itemscope") != nil {
            // A nested Person or Organization: its name.
            raw = itemProperties(of: index, in: document)
                .first { document.nodes[$0].attribute("itemprop")?.split(separator: " ").contains("name") == true }
                .flatMap { propertyValue($0, in: document) }
        } else if node.isElement("meta") {
            raw = node.attribute("content")
        } else if node.isElement("a", "link", "area") {
            raw = node.attribute("href")
        } else if node.isElement("img", "source", "video", "audio", "embed", "iframe") {
            raw = node.attribute("src")
        } else if node.isElement("time") {
            raw = node.attribute("datetime") ?? document.text(of: index)
        } else {
            raw = node.attribute("content") ?? document.text(of: index)
        }
        let value = raw?.collapsingWhitespace()
        return value?.isEmpty == false ? value : nil
    }
}
