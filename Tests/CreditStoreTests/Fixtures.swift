import CreditCore

/// Reports to record: small ones for ordering tests, a rich one that exercises every column.
enum Fixtures {
    /// A report with one page and one uncredited image, distinguishable by `root`.
    static func small(root: String, startedAt: String = "2026-11-27T07:00:00Z") -> ScanReport {
        ScanReport(
            toolVersion: "0.1.0", root: root, startedAt: startedAt,
            documents: [
                DocumentReport(
                    path: "index.html", size: 120, sha256: String(repeating: "a", count: 64),
                    encoding: "utf-8",
                    images: [
                        ScannedImage(
                            src: "a.jpg", line: 3, fingerprint: "index.html#a.jpg#1",
                            findings: [
                                Finding(
                                    rule: "missing-attribution", severity: .error,
                                    message: "no credit", line: 3, image: "a.jpg")
                            ])
                    ])
            ])
    }

    /// Every field set somewhere, nil somewhere else; unicode; several pages, images,
    /// page-level and image-level findings, skipped images and failed files, in an order that
    /// is not alphabetical so that a reader sorting by anything but the ordinal is caught.
    static func rich() -> ScanReport {
        ScanReport(
            toolVersion: "1.2.3-beta+exp.sha.5114f85", root: "sites/café ☕/",
            startedAt: "2026-11-27T06:59:58Z", failOn: .warning, commercial: true,
            documents: [zebraPage, emptyPage, accentPage],
            failures: [
                FailedFile(path: "z/broken.html", reason: "unreadable: permission denied"),
                FailedFile(path: "a/binary.html", reason: "not HTML"),
            ])
    }

    static let fullCredit = ImageCredit(
        text: "Photo: Zoë Ångström / Wikimedia Commons, CC BY-SA 4.0, cropped",
        caption: "Le pont « Neuf » à l’aube — 東京 🌉", author: "Zoë Ångström",
        source: "Wikimedia Commons", title: "Pont Neuf at dawn",
        licenseText: "CC BY-SA 4.0", licenseURL: "https://creativecommons.org/licenses/by-sa/4.0/",
        sourceURL: "https://commons.wikimedia.org/wiki/File:Pont_Neuf.jpg", ownWork: true,
        modifications: ["cropped", "colour-corrected", "adapted from \"Bridge\""],
        strategy: .figcaption, visible: false,
        origins: [
            .text: FieldOrigin(method: .text, element: "figcaption.wp-caption-text", line: 413),
            .licenseURL: FieldOrigin(method: .link, element: "a[rel=license]", line: 414, property: "href"),
            .author: FieldOrigin(method: .microdata, element: "figure", line: 411, property: "creator"),
        ])

    static let zebraPage = DocumentReport(
        path: "zebra/page.html", size: 48_213, sha256: String(repeating: "f", count: 64),
        encoding: "windows-1252",
        images: [
            ScannedImage(
                src: "https://example.org/img/pont.jpg?w=800&h=600",
                sources: ["pont-400.jpg 400w", "pont-1600.jpg 1600w", "data-src:pont@2x.jpg"],
                element: "amp-img", line: 412, fingerprint: "zebra/page.html#pont.jpg#1",
                alt: "Le pont « Neuf »", snippet: "<amp-img src=\"https://example.org/img/pont.jpg?w=800&amp;h=600\" …",
                missingParts: ["title", "licence link"], credit: fullCredit,
                license: ImageLicense(
                    id: "CC-BY-SA-4.0", name: "Creative Commons Attribution Share Alike 4.0",
                    url: "https://creativecommons.org/licenses/by-sa/4.0/", evidence: "text+url"),
                metadata: ImageMetadata(
                    format: .jsonLD, line: 7, creditText: "Zoë Ångström", creator: "Zoë",
                    copyrightNotice: "© 2024", license: "https://creativecommons.org/licenses/by-sa/4.0/",
                    acquireLicensePage: "https://example.org/buy", title: "Pont",
                    attributionURL: "https://example.org/z"),
                findings: [
                    Finding(
                        rule: "sa-modification-notice", severity: .note, message: "ok-ish",
                        line: 412, column: 17, image: "pont.jpg",
                        suggestion: "Photo: Zoë Ångström, CC BY-SA 4.0, cropped"),
                    Finding(
                        rule: "credit-not-visible", severity: .warning,
                        message: "the credit sits in a hidden caption", line: 412),
                ]),
            ScannedImage(
                src: "b.png", line: 9, fingerprint: "zebra/page.html#b.png#1", alt: "",
                credit: ImageCredit(text: "Reuters", strategy: .altText),
                license: ImageLicense(id: "AMBIGUOUS", evidence: "text")),
            ScannedImage(
                src: "a.png", element: "source", line: 10, fingerprint: "zebra/page.html#a.png#1",
                findings: [
                    Finding(
                        rule: "missing-attribution", severity: .error, message: "no credit",
                        line: 10, column: nil, image: "a.png", suggestion: nil)
                ]),
        ],
        skipped: [
            SkippedImage(src: "logo.svg", line: 2, reason: "logo"),
            SkippedImage(src: "avatar.png", line: 1, reason: "avatar"),
        ],
        findings: [
            Finding(rule: "page-z", severity: .warning, message: "page-level, listed first", line: 1),
            Finding(
                rule: "page-a", severity: .error, message: "mentions an image but is page-level",
                line: 1, column: 1, image: "ghost.png", suggestion: "add a credits section"),
        ],
        parseErrors: 7,
        pageLicense: ImageLicense(id: "CC-BY-4.0", name: "Attribution 4.0 International", evidence: "text"))

    static let emptyPage = DocumentReport(
        path: "b/empty.html", size: 0, sha256: String(repeating: "0", count: 64), encoding: "utf-8")

    static let accentPage = DocumentReport(
        path: "a/ünïcödé 页面.html", size: 9, sha256: String(repeating: "9", count: 64),
        encoding: "utf-8",
        images: [
            ScannedImage(
                src: "x.jpg", line: 1, fingerprint: "a#x#1",
                credit: ImageCredit(text: "© Ann", author: "Ann", strategy: .adjacentText))
        ])
}
