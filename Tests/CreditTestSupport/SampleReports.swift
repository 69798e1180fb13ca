import CreditCore

/// Two reports that between them give every JSON member of the report a value and leave every
/// member that can be missing out: what tests of the report's JSON shape walk and validate.
public enum SampleReports {
    /// Every field of every type has a value: each optional is set, each list and dictionary
    /// has an element, and a credit has an origin for every ``CreditField``.
    public static let full: ScanReport = {
        let origin = FieldOrigin(method: .jsonLD, element: "script", line: 4, property: "creditText")
        let credit = ImageCredit(
            text: "Photo: “Crane” by Ilse Marten / Wikimedia Commons, CC BY-SA 3.0 (cropped)",
            caption: "The harbour crane, 2014. Photo: “Crane” by Ilse Marten / Wikimedia Commons, CC BY-SA 3.0",
            author: "Ilse Marten", source: "Wikimedia Commons", title: "Crane", licenseText: "CC BY-SA 3.0",
            licenseURL: "https://creativecommons.org/licenses/by-sa/3.0/",
            sourceURL: "https://commons.wikimedia.org/wiki/File:Crane.jpg", ownWork: true, modifications: ["cropped"],
            strategy: .figcaption, visible: true,
            origins: Dictionary(uniqueKeysWithValues: CreditField.allCases.map { ($0, origin) }))
        let license = ImageLicense(
            id: "CC-BY-SA-3.0", name: "Attribution-ShareAlike 3.0 Unported",
            url: "https://creativecommons.org/licenses/by-sa/3.0/", evidence: "text+url")
        let metadata = ImageMetadata(
            format: .jsonLD, line: 4, creditText: "Ilse Marten", creator: "Ilse Marten",
            copyrightNotice: "© Ilse Marten", license: "https://creativecommons.org/licenses/by-sa/3.0/",
            acquireLicensePage: "https://example.org/licensing", title: "Crane",
            attributionURL: "https://commons.wikimedia.org/wiki/File:Crane.jpg")
        let evidence = ImageEvidence(
            article: "article.story (line 8)", articleBasis: "a semantic article element; 900 characters",
            candidates: [
                CreditCandidate(
                    strategy: "adjacent-line", text: "Ilse Marten", lostTo: "caption-credit-element",
                    reason: "a surer strategy came first: caption-credit-element")
            ],
            check: "link", duplicateOf: "/media/crane-1.jpg", inArticle: true,
            licenseFrom: "a[rel=license] (line 13)",
            signals: [
                EvidenceSignal(name: "headline-beside", weight: 2, detail: "a headline beside it links there too")
            ],
            strategy: "caption-credit-element", summary: "links to another page", threshold: 2)
        let embedded = EmbeddedMetadata(
            file: "media/crane.jpg", creator: "Ilse Marten", creditLine: "Ilse Marten / Harbour Archive",
            copyrightNotice: "© 2014 Ilse Marten", source: "Harbour Archive",
            webStatement: "https://creativecommons.org/licenses/by-sa/3.0/", usageTerms: "CC BY-SA 3.0",
            licensor: "https://example.org/licensing",
            from: Dictionary(uniqueKeysWithValues: EmbeddedMetadata.Field.allCases.map { ($0, .xmp) }),
            note: "PNG compressed text Author not read")
        let image = ScannedImage(
            src: "/media/crane.jpg", sources: ["/media/crane-800.jpg"], element: "img", line: 12,
            fingerprint: "1f2e3d4c5b6a7988", alt: "The harbour crane",
            snippet: "<img src=\"/media/crane.jpg\" alt=\"The harbour crane\">", missingParts: ["title"],
            credit: credit, license: license, metadata: metadata, evidence: evidence, embedded: embedded,
            findings: [
                Finding(
                    rule: "missing-title", severity: .note, message: "Add the work's title to the credit.", line: 12,
                    column: 9, image: "/media/crane.jpg", suggestion: "“Crane” by Ilse Marten, CC BY-SA 3.0")
            ])
        var document = DocumentReport(
            path: "news/crane.html", size: 2048, sha256: String(repeating: "ab", count: 32), encoding: "utf-8",
            images: [image],
            skipped: [SkippedImage(src: "/logo.svg", line: 3, reason: "logo", evidence: evidence)],
            findings: [
                Finding(
                    rule: "unused-ignore", severity: .warning, message: "The ignore suppressed nothing.", line: 20,
                    column: 3, image: "/media/other.jpg", suggestion: "Remove the ignore.")
            ],
            parseErrors: 1, pageLicense: license)
        document.reusedFrom = 2
        var report = ScanReport(
            toolVersion: "0.0.0-test", run: 3, root: "site", startedAt: "2026-01-02T03:04:05Z", failOn: .warning,
            commercial: true, documents: [document],
            failures: [FailedFile(path: "news/broken.html", reason: "binary: the file is not text")])
        report.maxWarnings = 10
        report.suppressed = SuppressedFindings(ignored: 1, waived: 2, baseline: 3)
        report.baseline = BaselineStatus(
            path: "creditlint-baseline.json", matched: 3,
            stale: [
                BaselineEntry(
                    path: "news/crane.html", rule: "missing-author", fingerprint: "0a0b0c0d0e0f1011", image: "/a.jpg")
            ],
            strict: true)
        return report
    }()

    /// Every member that can be missing is: each optional that is left out when nil is nil, and
    /// each one written `null` is nil on one image and set, with its own optionals nil, on
    /// another. Lists hold one element, so that the types inside them are there.
    public static let sparse: ScanReport = {
        let bare = ScannedImage(
            src: "/media/square.jpg", line: 30, fingerprint: "0a0b0c0d0e0f1011",
            findings: [Finding(rule: "missing-attribution", severity: .error, message: "No credit.", line: 30)])
        let plain = ScannedImage(
            src: "/media/quay.jpg", line: 40, fingerprint: "1a1b1c1d1e1f2021",
            credit: ImageCredit(
                text: "Photo: Jane Doe", strategy: .adjacentText,
                origins: [.text: FieldOrigin(method: .text, element: "p", line: 41)]),
            license: ImageLicense(id: "AMBIGUOUS", evidence: "text"),
            metadata: ImageMetadata(format: .microdata, line: 39))
        var report = ScanReport(
            toolVersion: "0.0.0-test", root: "site", startedAt: "2026-01-02T03:04:05Z",
            documents: [
                DocumentReport(
                    path: "news/square.html", size: 0, sha256: String(repeating: "0", count: 64),
                    encoding: "windows-1252",
                    images: [bare, plain], skipped: [SkippedImage(src: "/pixel.gif", line: 2, reason: "tracking-pixel")]
                )
            ])
        report.baseline = BaselineStatus(
            path: "baseline.json", matched: 0,
            stale: [BaselineEntry(path: "news/square.html", rule: "unused-ignore", fingerprint: "00")], strict: false)
        return report
    }()
}
