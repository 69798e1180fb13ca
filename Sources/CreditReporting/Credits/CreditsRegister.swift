import CreditModel

/// The credits register of a run: every credited content image in TASL form (title, author,
/// source, licence with its link), and the content images that still have no credit. What a
/// site publishes as its "Image credits" page.
///
/// ```swift
/// let register = try CreditsRegister(stream)
/// print(CreditsRenderer(format: .markdown, grouping: .page).render(register))
/// ```
public struct CreditsRegister: Sendable, Codable, Equatable {
    /// One credited image on one page.
    public struct Entry: Sendable, Codable, Equatable {
        /// The page's path relative to the scan root.
        public var page: String
        /// The image URL as written in the page.
        public var image: String
        /// The image's line in the page.
        public var line: Int
        /// The work's title, when the credit gives one.
        public var title: String?
        /// The creator.
        public var author: String?
        /// The agency, platform or organisation.
        public var source: String?
        /// A link to the original work or its page.
        public var sourceURL: String?
        /// The licence as the register names it (as the credit wrote it, else its name).
        public var license: String?
        /// The licence's id (SPDX or `LicenseRef-…`).
        public var licenseID: String?
        /// The licence's deed: the canonical URL, else the link the credit gave.
        public var licenseURL: String?
        /// The credit as it appears on the page.
        public var credit: String
    }

    /// A content image with no credit.
    public struct Missing: Sendable, Codable, Equatable {
        /// The page's path relative to the scan root.
        public var page: String
        /// The image URL as written in the page.
        public var image: String
        /// The image's line in the page.
        public var line: Int
    }

    /// The run the register comes from, when it was recorded.
    public var run: Int?
    /// The scanned folder as given.
    public var root: String
    /// The credited images, by page path then line.
    public var credited: [Entry]
    /// The images without a credit, by page path then line.
    public var uncredited: [Missing]

    /// A register of these entries.
    public init(run: Int?, root: String, credited: [Entry], uncredited: [Missing]) {
        self.run = run
        self.root = root
        self.credited = credited
        self.uncredited = uncredited
    }

    /// The register of a report's pages.
    public init(_ report: ReportStream) throws {
        run = report.header.run
        root = report.header.root
        credited = []
        uncredited = []
        try report.forEachDocument(byPath: true) { document in
            for image in document.images {
                guard let credit = image.credit else {
                    uncredited.append(Missing(page: document.path, image: image.src, line: image.line))
                    continue
                }
                credited.append(
                    Entry(
                        page: document.path, image: image.src, line: image.line, title: credit.title,
                        author: credit.author, source: credit.source, sourceURL: credit.sourceURL,
                        license: credit.licenseText ?? image.license?.name ?? image.license?.id,
                        licenseID: image.license?.id, licenseURL: image.license?.url ?? credit.licenseURL,
                        credit: credit.text))
            }
        }
    }
}

extension CreditsRegister.Entry {
    /// Whether the credit was split into any of title, author, source or licence.
    var hasParts: Bool { title != nil || author != nil || source != nil || license != nil }
}
