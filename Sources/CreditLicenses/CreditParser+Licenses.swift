/// The licence part of credit parsing.
extension CreditParser {
    /// Fills `licenseText`, `licenseURL` and `sourceURL` from the text and its links, and
    /// returns the text with licence names, URLs and "licensed under" phrases cut out.
    static func cutLicenses(
        from text: String, links: [CreditLink], into parts: inout CreditParts, signals: inout CreditSignals
    ) -> String {
        var work = text
        // Licences named in words or as URLs, and the links around the credit.
        // A ©-notice is a mention of "all rights reserved", but in a credit it is the
        // holder's name, so it stays in the text for the author and only raises confidence.
        let allMentions = LicenseIdentifier.mentions(in: text)
        parts.licenseMentions = allMentions
        let mentions = allMentions.filter { !$0.isCopyrightNotice }
        parts.licenseText = mentions.first(where: { $0.evidence == "text" })?.matchedText
        for link in links {
            let isLicense =
                (link.rel ?? "").lowercased().split(separator: " ").contains("license")
                || LicenseIdentifier.identify(url: link.href) != .none
            if isLicense {
                if parts.licenseURL == nil { parts.licenseURL = link.href }
                if parts.licenseText == nil, LicenseIdentifier.identify(text: link.text) != .none {
                    parts.licenseText = link.text
                }
            } else if parts.sourceURL == nil, !link.href.isEmpty {
                parts.sourceURL = link.href
            }
        }
        if parts.licenseURL == nil {
            parts.licenseURL = mentions.first(where: { $0.evidence == "url" })?.matchedText
        }
        let mayHaveURL = text.utf8.contains(0x2F) || text.containsASCIIWWW
        for match in mayHaveURL ? CreditPatterns.url.matches(in: text) : [] where parts.sourceURL == nil {
            let url = String(match.reversed().drop(while: { ".,;:!?".contains($0) }).reversed())
            if LicenseIdentifier.identify(url: url) == .none { parts.sourceURL = url }
        }
        if !mentions.isEmpty || parts.licenseURL != nil { signals.license = true }
        for mention in mentions { work = work.replacingFirst(mention.matchedText, with: CreditPatterns.cutMark) }
        if mentions.count > 1 {
            work = CreditPatterns.alternativeJoiner.replacing(in: work, with: CreditPatterns.cutMark)
        }
        work = work.replacing(CreditPatterns.cutMark, with: " ")
        if mayHaveURL { work = CreditPatterns.url.replacing(in: work) }
        work = CreditPatterns.licenseConnective.replacing(in: work)
        return work
    }
}
