import CreditLicenses
import CreditModel

/// The credit an image file's own metadata suggests: "Photo: Tomas Berg, CC BY-SA 4.0".
enum EmbeddedCreditSuggestion {
    /// The credit from the file's creator (or credit line) and the licence its web statement
    /// or usage terms name; nil when the file names nobody.
    static func make(_ embedded: EmbeddedMetadata, context: RuleContext) -> String? {
        guard var name = embedded.creator ?? embedded.creditLine ?? embedded.copyrightNotice.map(holder) else {
            return nil
        }
        // An agency credit line that does not already contain the creator adds the agency.
        if embedded.creator != nil, let line = embedded.creditLine, !PersonNames.credit(line, names: name) {
            name += " / \(line)"
        }
        var text = "Photo: \(name)"
        if let license = license(embedded, context) {
            text += ", \(LicenseFacts.shortName(of: license))"
            if let url = license.url { text += " (\(url))" }
        }
        return text
    }

    private static func license(_ embedded: EmbeddedMetadata, _ context: RuleContext) -> LicenseDefinition? {
        if let url = embedded.webStatement, case .identified(let license) = context.urlLookup(url) { return license }
        if let terms = embedded.usageTerms, case .identified(let license) = context.textLookup(terms) {
            return license
        }
        return nil
    }

    /// The holder of a copyright notice: "© 2024 Tomas Berg" gives "Tomas Berg".
    private static func holder(_ notice: String) -> String {
        var words = notice.split(separator: " ")
        while let first = words.first,
            first == "©" || first == "(c)" || first == "(C)" || first.lowercased() == "copyright"
                || first.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "," })
        {
            words.removeFirst()
        }
        return words.isEmpty ? notice : words.joined(separator: " ")
    }
}
