import CreditModel

/// Which parts of a complete credit (``CreditSuggestion``) the image's credit already has and
/// which it lacks, so that a suggestion full of `<placeholders>` still tells a reader what the
/// page gives: `the page has: source "Reuters", licence CC BY 4.0; missing: author, licence link`.
public struct CreditInventory: Sendable, Hashable {
    /// The parts the credit has, each with its value where that helps (`source "Reuters"`).
    public var has: [String]
    /// The parts the licence asks for that the credit lacks (`author`, `licence link`).
    public var missing: [String]

    /// The inventory as one clause, nil when nothing is missing.
    public var sentence: String? {
        guard !missing.isEmpty else { return nil }
        let missingPart = "missing: " + missing.joined(separator: ", ")
        return has.isEmpty ? missingPart : "the page has: " + has.joined(separator: ", ") + "; " + missingPart
    }

    /// The inventory of `credit` against what `license` asks for (every part when it is unknown).
    init(credit: ImageCredit?, license: LicenseFacts?) {
        has = []
        missing = []
        func check(_ part: String, _ value: String?, quoted: Bool = true) {
            if let value, !value.allSatisfy(\.isWhitespace) {
                has.append(quoted ? "\(part) \"\(value)\"" : part)
            } else {
                missing.append(part)
            }
        }
        if license?.asksForTitle == true { check("title", credit?.title) }
        check("author", credit?.author)
        check("source", credit?.source)
        if license?.isCreativeCommonsAttribution == true {
            check("link to the original", credit?.sourceURL, quoted: false)
        }
        guard license?.asksForLicenseLink ?? true else { return }
        if let license {
            has.append("licence \(license.shortName)")
        } else {
            missing.append("licence")
        }
        let written = credit?.text.lowercased().contains("creativecommons.org") == true
        check("licence link", written ? "written out" : credit?.licenseURL, quoted: false)
    }
}

extension RuleEngine {
    /// What `image`'s credit on the page at `path` has and lacks, read with this engine's
    /// licence lookups (a licence the configuration adds included).
    public func creditInventory(of image: ScannedImage, path: String) -> CreditInventory {
        CreditInventory(credit: image.credit, license: LicenseFacts(image: image, context: context(path: path)))
    }

    /// What `image`'s credit has and lacks of a complete credit under its licence.
    ///
    /// Reports are rendered without the scan's engine, so the licence is looked up in the
    /// compiled catalogue; a licence only a configuration adds is judged by its name.
    public static func creditInventory(of image: ScannedImage) -> CreditInventory {
        CreditInventory(credit: image.credit, license: LicenseFacts(image: image, context: RuleContext()))
    }
}
