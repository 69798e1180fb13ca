import CreditDocument
import CreditLicenses
import CreditModel

/// The page's structured data about image credits (JSON-LD, microdata, ccREL), read once per
/// page and matched to images on request.
struct StructuredData {
    let credits: [StructuredCredit]

    init(_ document: HTMLDocument) {
        credits = JSONLDReader.read(document) + MicrodataReader.read(document) + RDFaReader.read(document)
    }

    /// The structured credit for an image: one whose element holds the image first (markup
    /// next to the picture is the most specific), else one that names its URL.
    func credit(forImage node: Int, urls: [String], in document: HTMLDocument) -> StructuredCredit? {
        guard !credits.isEmpty else { return nil }
        return credits.first { $0.scope != nil && $0.describes(image: node, urls: [], in: document) }
            ?? credits.first { $0.describes(image: node, urls: urls, in: document) }
    }
}

extension StructuredCredit {
    /// The credit to report when the page shows none: built from the metadata alone, marked
    /// as not visible, each field's origin naming the property it came from.
    func assembled() -> (credit: ImageCredit, license: ImageLicense?)? {
        guard let text = metadata.creditLine else { return nil }
        let licence = metadata.license
        let licenceURL = licence.flatMap { $0.lowercased().hasPrefix("http") || $0.hasPrefix("//") ? $0 : nil }
        let links = licenceURL.map { [CreditLink(text: "", href: $0, rel: "license")] } ?? []
        let parts = CreditParser.parse(text, links: links)
        var credit = ImageCredit(
            text: text, author: metadata.creator ?? parts.author, source: parts.source,
            title: metadata.title ?? parts.title,
            licenseText: parts.licenseText ?? (licenceURL == nil ? licence : nil),
            licenseURL: licenceURL ?? parts.licenseURL, sourceURL: metadata.attributionURL ?? parts.sourceURL,
            ownWork: parts.ownWork, modifications: parts.modifications, strategy: .structuredData)
        credit.origins = origins(of: credit)
        var mentions = parts.licenseMentions
        var statement = text
        if licenceURL == nil, let licence {
            mentions += LicenseIdentifier.mentions(in: licence)
            statement += "\n" + licence
        }
        return (credit, CreditAssembler.license(text: statement, mentions: mentions, link: links.first))
    }

    private func origins(of credit: ImageCredit) -> [CreditField: FieldOrigin] {
        func origin(_ field: String) -> FieldOrigin {
            FieldOrigin(method: metadata.format, element: element, line: metadata.line, property: properties[field])
        }
        let textField =
            metadata.creditText != nil ? "creditText" : metadata.creator != nil ? "creator" : "copyrightNotice"
        var origins: [CreditField: FieldOrigin] = [.text: origin(textField)]
        let fields: [(CreditField, String?, String)] = [
            (.author, credit.author, metadata.creator != nil ? "creator" : textField),
            (.source, credit.source, textField), (.title, credit.title, metadata.title != nil ? "title" : textField),
            (.licenseText, credit.licenseText, metadata.license != nil ? "license" : textField),
            (.licenseURL, credit.licenseURL, metadata.license != nil ? "license" : textField),
            (.sourceURL, credit.sourceURL, metadata.attributionURL != nil ? "attributionURL" : textField),
        ]
        for case (let field, _?, let property) in fields { origins[field] = origin(property) }
        return origins
    }
}
