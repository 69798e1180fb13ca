import CreditDocument
import CreditLicenses
import CreditModel
import CreditText

/// Reads ccREL, the Creative Commons licence markup in RDFa that the CC licence chooser
/// generates: `about` names the work, `property="dct:title"` its title,
/// `property="cc:attributionName"` and `rel="cc:attributionURL"` its creator, and
/// `rel="license"` the licence.
///
/// A `rel="license"` link alone is how sites mark their own footer licence; it counts only
/// inside a block that names a work (`about`) or carries other ccREL properties.
enum RDFaReader {
    static func read(_ document: HTMLDocument) -> [StructuredCredit] {
        var blocks: [Int: (values: [String: String], properties: [String: String])] = [:]
        var order: [Int] = []
        for index in document.elements(withAttribute: ["property", "rel"]) {
            let property = document.nodes[index].attribute("property")
            let rel = document.nodes[index].attribute("rel")
            // Every property ``field(for:)`` knows holds one of these words; the `og:` meta
            // tags and `rel="noopener"` links of every page hold none and are passed over.
            guard property.map(Self.mayHoldField) == true || rel.map(Self.mayHoldField) == true else { continue }
            let node = document.nodes[index]
            let properties = words(node.attribute("property")) + words(node.attribute("rel"))
            let fields = properties.compactMap { property in Self.field(for: property).map { (property, $0) } }
            guard !fields.isEmpty else { continue }
            let block = blockRoot(of: index, in: document)
            if blocks[block] == nil {
                order.append(block)
                blocks[block] = ([:], [:])
            }
            for (property, field) in fields where blocks[block]?.values[field] == nil {
                let isLink = field == "license" || field == "attributionURL"
                let raw =
                    isLink
                    ? (node.attribute("href") ?? node.attribute("resource"))
                    : (node.attribute("content") ?? document.text(of: index))
                guard let value = raw?.collapsingWhitespace(), !value.isEmpty else { continue }
                blocks[block]?.values[field] = value
                blocks[block]?.properties[field] = property
            }
        }
        return order.compactMap { block in
            guard let entry = blocks[block] else { return nil }
            let about = document.nodes[block].attribute("about")
            // A lone licence link with no work named is a page licence, not an image credit.
            guard about != nil || entry.values.keys.contains(where: { $0 != "license" }) else { return nil }
            let metadata = ImageMetadata(
                format: .rdfa, line: document.nodes[block].line, creator: entry.values["creator"],
                license: entry.values["license"], title: entry.values["title"],
                attributionURL: entry.values["attributionURL"])
            guard !metadata.isEmpty else { return nil }
            return StructuredCredit(
                metadata: metadata, imageURLs: about.map { [$0] } ?? [],
                scope: about == nil ? figureOrSelf(block, in: document) : nil,
                element: document.selector(of: block), properties: entry.properties)
        }
    }

    private static let fieldWords = FragmentMatcher([["license", "attribution", "title", "creator"]])

    private static func mayHoldField(_ value: String) -> Bool {
        fieldWords.matches(value.lowercased())
    }

    /// The metadata field a ccREL/Dublin Core property fills.
    private static func field(for property: String) -> String? {
        switch property.lowercased() {
        case "cc:attributionname", "http://creativecommons.org/ns#attributionname", "dct:creator", "dc:creator":
            "creator"
        case "cc:attributionurl", "http://creativecommons.org/ns#attributionurl": "attributionURL"
        case "dct:title", "dc:title", "http://purl.org/dc/terms/title": "title"
        case "license", "cc:license", "dct:license", "xhv:license": "license"
        default: nil
        }
    }

    /// The block a property belongs to: the nearest element naming a subject (`about`), else
    /// the nearest that declares the ccREL vocabulary, else the property's parent.
    private static func blockRoot(of index: Int, in document: HTMLDocument) -> Int {
        let chain = [index] + document.ancestors(of: index)
        if let about = chain.first(where: { document.nodes[$0].attribute("about") != nil }) { return about }
        if let declared = chain.first(where: { node in
            document.nodes[node].attributes.contains {
                $0.name == "xmlns:cc" || $0.name == "prefix" || $0.name == "vocab"
            }
        }) {
            return declared
        }
        let parent = document.nodes[index].parent
        return parent > 0 ? parent : index
    }

    /// A block inside a figure describes the figure's image.
    private static func figureOrSelf(_ block: Int, in document: HTMLDocument) -> Int {
        document.nearestAncestor(of: block, where: { $0.name == "figure" }) ?? block
    }

    private static func words(_ value: String?) -> [String] {
        value?.splittingOnWhitespace().map(String.init) ?? []
    }
}
