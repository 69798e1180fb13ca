import CreditLicenses
import CreditModel

/// Licences and credits the rule examples share, so every example spells them the same way.
///
/// Ids follow the catalogue in `Licenses/` (SPDX where SPDX has one).
enum ExampleLicense {
    /// CC BY 4.0.
    static let ccBy4 = cc("CC-BY-4.0", "Attribution 4.0 International", "by/4.0")
    /// CC BY-SA 4.0.
    static let ccBySA4 = cc("CC-BY-SA-4.0", "Attribution-ShareAlike 4.0 International", "by-sa/4.0")
    /// CC BY-NC 4.0.
    static let ccByNC4 = cc(
        "CC-BY-NC-4.0", "Attribution-NonCommercial 4.0 International", "by-nc/4.0")
    /// CC BY 3.0 (unported).
    static let ccBy3 = cc("CC-BY-3.0", "Attribution 3.0 Unported", "by/3.0")
    /// CC BY-SA 2.0 (generic).
    static let ccBySA2 = cc("CC-BY-SA-2.0", "Attribution-ShareAlike 2.0 Generic", "by-sa/2.0")
    /// CC0 1.0.
    static let cc0 = ImageLicense(
        id: "CC0-1.0", name: "CC0 1.0 Universal",
        url: "https://creativecommons.org/publicdomain/zero/1.0/", evidence: "text")
    /// The retired Sampling Plus 1.0.
    static let samplingPlus1 = cc(
        "LicenseRef-CC-Sampling-Plus-1.0", "Sampling Plus 1.0", "sampling+/1.0")
    /// An unversioned "CC BY".
    static let ambiguousCCBy = ImageLicense(id: LicenseIdentification.ambiguousID, name: "CC BY", evidence: "text")
    /// An id no catalogue has.
    static let unknown = ImageLicense(id: "LicenseRef-Example-Unknown", evidence: "text")

    /// A credit that satisfies every rule for the CC licence at `path` (`by-sa/4.0`).
    /// A credit naming the author, the platform with a link to the original, and the licence
    /// with its link, but no title.
    static func untitledCredit(license: String, path: String) -> ImageCredit {
        ImageCredit(
            text: "Jane Doe / Flickr, \(license)", author: "Jane Doe", source: "Flickr", licenseText: license,
            licenseURL: "https://creativecommons.org/licenses/\(path)/",
            sourceURL: "https://www.flickr.com/photos/janedoe/1", strategy: .figcaption)
    }

    static func completeCredit(license: String, path: String, visible: Bool = true) -> ImageCredit {
        ImageCredit(
            text: "\"Harbour at Dusk\" by Jane Doe / Wikimedia Commons, \(license)",
            author: "Jane Doe", source: "Wikimedia Commons", title: "Harbour at Dusk",
            licenseText: license, licenseURL: "https://creativecommons.org/licenses/\(path)/",
            sourceURL: "https://commons.wikimedia.org/wiki/File:Harbour_at_Dusk.jpg",
            strategy: visible ? .figcaption : .altText)
    }

    private static func cc(_ id: String, _ name: String, _ path: String) -> ImageLicense {
        ImageLicense(
            id: id, name: name, url: "https://creativecommons.org/licenses/\(path)/",
            evidence: "text+url")
    }
}
