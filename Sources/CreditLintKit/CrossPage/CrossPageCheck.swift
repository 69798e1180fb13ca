import CreditModel
import CreditRules
import CreditStore
import Foundation

/// The checks that compare the pages of one recorded run: an image credited on one page and
/// not on another (the `missing-attribution` finding names the page that credits it and
/// suggests its credit), and an image credited to different authors (`inconsistent-credit`
/// on every page involved).
///
/// They run once every page of a run is recorded, scanned and reused pages alike, as a
/// ``CrossPageDecider``: the store hands them where every image is, they group the images into
/// pictures (``ImageGrouping``), and decide on the full rows of each picture shown on more
/// than one page. They honour the configured severity, inline ignores and waivers (the
/// baseline is applied by the pipeline, see ``BaselinedCrossPageCheck``).
struct CrossPageCheck: CrossPageDecider {
    /// The rules whose findings compare pages: known only after every page.
    static let rules: Set<String> = [InconsistentCreditRule.id]

    let analyzer: PageAnalyzer
    let root: String
    /// The images located so far, grouped into pictures.
    private var grouping: ImageGrouping
    /// The page of each image located so far, counted from 0 in run order.
    private var pageOfImage: [Int32] = []
    /// The path of the last image's page.
    private var lastPath: String?
    /// Findings the waivers suppressed, to add to the run's suppressed count.
    private(set) var waived = 0
    /// Findings inline ignores suppressed, to add to the run's suppressed count.
    private(set) var ignored = 0
    /// What each page read so far says about its images, by fingerprint (see ``ImageSource``).
    private var sourcesByPage: [String: [String: ImageSource]] = [:]

    init(analyzer: PageAnalyzer, root: String) {
        self.analyzer = analyzer
        self.root = root
        grouping = ImageGrouping(identity: ImageIdentity(root: root))
    }

    /// The findings the checks suppressed, for the run's counts.
    var suppressed: SuppressedFindings { SuppressedFindings(ignored: ignored, waived: waived) }

    private var engine: RuleEngine { analyzer.rules }
    private var waivers: WaiverSet { analyzer.site.waivers }

    mutating func locate(_ image: CrossPageLocation) {
        // Images come page by page: a new path is the next page.
        let page = (pageOfImage.last ?? -1) + (image.path == lastPath ? 0 : 1)
        lastPath = image.path
        pageOfImage.append(page)
        grouping.add(path: image.path, src: image.src, sources: image.sources)
    }

    /// The pictures shown on more than one page: only they have anything to compare.
    mutating func groups() -> [[Int]] {
        grouping.groups().filter { group in group.contains { pageOfImage[$0] != pageOfImage[group[0]] } }
    }

    mutating func changes(for group: [CrossPageImage]) -> [CrossPageChange] {
        creditedElsewhere(group) + inconsistentCredits(group)
    }

    /// The `missing-attribution` findings of the group's uncredited images, rewritten to name
    /// the first other page that credits the picture.
    private func creditedElsewhere(_ members: [CrossPageImage]) -> [CrossPageChange] {
        members.compactMap { image in
            guard let missing = image.missingAttribution,
                !missing.message.contains(MissingAttributionRule.creditedElsewhereMarker),
                let source = members.first(where: { $0.path != image.path && !($0.creditText ?? "").isEmpty }),
                let credit = source.creditText
            else { return nil }
            let rewritten = MissingAttributionRule.creditedElsewhere(
                message: missing.message, on: CreditedPage(path: source.path, credit: credit))
            return .rewrite(
                findingID: missing.findingID, documentID: image.documentID, message: rewritten.message,
                suggestion: rewritten.suggestion)
        }
    }

    /// `inconsistent-credit` on each credited image whose author some other page contradicts.
    private mutating func inconsistentCredits(_ members: [CrossPageImage]) -> [CrossPageChange] {
        let authored = members.compactMap { image -> (CrossPageImage, AuthorName, String)? in
            guard let text = image.creditText, let name = image.creditAuthor.flatMap(AuthorName.init) else {
                return nil
            }
            return (image, name, text)
        }
        guard authored.count > 1 else { return [] }
        var changes: [CrossPageChange] = []
        for (image, name, text) in authored {
            var others: [CreditedPage] = []
            for (other, otherName, otherText) in authored
            where other.path != image.path && !name.isSameAuthor(as: otherName)
                && !others.contains(where: { $0.path == other.path })
            {
                others.append(CreditedPage(path: other.path, credit: otherText))
            }
            guard !others.isEmpty else { continue }
            let notice = RuleNotice.inconsistentCredit(credit: text, others: others, line: image.line, image: image.src)
            for var finding in engine.check(notice: notice, path: image.path) {
                let source = self.source(of: image)
                if let rules = source?.ignoredRules, rules.isEmpty || rules.contains(finding.rule) {
                    ignored += 1
                    changes.append(.ignore(image))
                    continue
                }
                finding.column = source?.column
                switch waivers.verdict(for: finding, path: image.path) {
                case .waived:
                    waived += 1
                    changes.append(.waive(image))
                case .kept(let expired):
                    changes.append(.add(finding, to: image, snippet: source?.snippet))
                    for notice in expired {
                        changes += engine.check(notice: notice, path: image.path).map {
                            .add($0, to: image, snippet: source?.snippet)
                        }
                    }
                }
            }
        }
        return changes
    }
}

extension CrossPageCheck {
    /// What the page says about one of its images that the recorded rows do not: the inline
    /// ignores that cover it, and where its tag is.
    struct ImageSource {
        /// The rules the ignores on the image or around it cover (empty: every rule); nil
        /// when none does.
        var ignoredRules: [String]?
        /// The column of the image's tag.
        var column: Int?
        /// The tag as written (``ScannedImage/snippet``).
        var snippet: String?
    }

    /// What the image's page says about it. The page is read and scanned again, once, and
    /// only when a finding is about to be added to it: few pages ever are. Nil when the page
    /// cannot be read or no longer shows the image.
    private mutating func source(of image: CrossPageImage) -> ImageSource? {
        if sourcesByPage[image.path] == nil {
            sourcesByPage[image.path] = Self.sources(
                page: URL(fileURLWithPath: root).appendingPathComponent(image.path), path: image.path,
                analyzer: analyzer)
        }
        return sourcesByPage[image.path]?[image.fingerprint]
    }

    /// ``ImageSource`` of each content image of a page, by fingerprint; empty when the page
    /// cannot be read.
    private static func sources(page: URL, path: String, analyzer: PageAnalyzer) -> [String: ImageSource] {
        guard case .success(let data) = PageReader.read(page, maxFileSize: analyzer.maxFileSize) else { return [:] }
        let analyzed = analyzer.analyzePage(data, path: path)
        let ignores = InlineIgnores(analyzed.document)
        let lines = SourceLines(data)
        var sources: [String: ImageSource] = [:]
        for (index, image) in analyzed.report.images.enumerated() {
            let node = index < analyzed.imageNodes.count ? analyzed.imageNodes[index] : nil
            let tag = lines.tag(of: image, atColumn: lines.column(of: image, onLine: image.line))
            sources[image.fingerprint] = ImageSource(
                ignoredRules: node.flatMap { ignores.rules(coveringImage: $0, in: analyzed.document) },
                column: tag?.column, snippet: tag?.snippet)
        }
        return sources
    }
}

/// An author's name reduced to what tells two people apart: case, accents, punctuation and
/// spacing do not, and a "Photo:" label or an agency after a slash is not part of the name.
struct AuthorName: Hashable {
    /// The words of the name.
    let words: Set<String>

    private static let labels: Set<String> = ["photo", "photos", "foto", "fotos", "image", "picture", "by", "credit"]

    init?(_ author: String) {
        let name = author.split(separator: "/", maxSplits: 1).first.map(String.init) ?? author
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !Self.labels.contains($0) }
        guard !words.isEmpty else { return nil }
        self.words = Set(words)
    }

    /// Whether the two names can be one person: one's words are all in the other's ("Berg" and
    /// "Anna Berg"); two different names are two people.
    func isSameAuthor(as other: AuthorName) -> Bool {
        words.isSubset(of: other.words) || other.words.isSubset(of: words)
    }
}

extension CreditLint {
    /// Runs the cross-page checks over a recorded run, for a run put together after scanning
    /// (a merge of shards): see ``CrossPageCheck``. A normal scan runs them itself.
    ///
    /// - Parameters:
    ///   - database: The run database.
    ///   - run: The run to check.
    ///   - options: The options the run was scanned with (root, severities, waivers).
    /// - Returns: The findings that inline ignores and waivers suppressed, for the run's counts.
    /// - Throws: Store errors; ``CreditLintError`` when the options' licences cannot be loaded.
    @discardableResult
    public static func applyCrossPageChecks(
        database: String, run: Int, options: ScanOptions
    ) throws -> SuppressedFindings {
        let store = try ReportStore(path: database)
        var check = try crossPageCheck(for: options)
        try store.applyCrossPageChecks(run: run, missingAttributionRule: MissingAttributionRule.id, &check)
        return check.suppressed
    }

    /// The cross-page checks with the rules and waivers the options ask for.
    static func crossPageCheck(for options: ScanOptions) throws -> CrossPageCheck {
        CrossPageCheck(analyzer: try analyzer(for: options), root: options.root)
    }
}
