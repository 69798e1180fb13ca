import CreditHTML
import CreditModel
import CreditReporting
import CreditStore
import Foundation

/// The scan itself: pages are read, hashed, parsed and checked on `jobs` threads, and each
/// finished page is handed, in path order, to a sink (the run database, or an array) and
/// counted, so that no stage ever holds the whole run.
struct ScanPipeline {
    /// What happened to one page on a worker.
    enum PageOutcome: Sendable {
        /// The page, its suppressed counts and its JSON element when ``rendersJSON``.
        case scanned(DocumentReport, SuppressedFindings, json: String?, stamp: StampedHash?)
        case reused(ReuseIndex.Candidate, stamp: StampedHash?)
        case failed(FailedFile)

        /// The stamp and hash to record for the page's file: nil when it has none to trust.
        var stamp: StampedHash? {
            switch self {
            case .scanned(_, _, _, let stamp), .reused(_, let stamp): stamp
            case .failed: nil
            }
        }

        /// Whether it is a few bytes to hold: anything but a scanned page and its JSON.
        var isLight: Bool {
            if case .scanned = self { false } else { true }
        }
    }

    let options: ScanOptions
    let listing: FileWalker.Listing
    let baseline: Baseline?
    let analyzer: PageAnalyzer
    /// Called between listing a page and reading it, on the worker: the window in which a
    /// file can vanish or change, which tests use to make that happen on purpose.
    var beforeReading: @Sendable (FileWalker.Entry) -> Void = { _ in }
    /// Whether workers render each scanned page's JSON element for the run database, so that
    /// it is encoded in parallel rather than on the one thread that records.
    var rendersJSON = false

    /// Checks the options and lists the pages: everything that can fail before a page is read.
    init(options: ScanOptions) throws {
        if options.writeBaselinePath != nil, options.onlyPages != nil {
            // A baseline written from a few pages would drop every other page's entries.
            throw CreditLintError.invalidValue(
                option: "--write-baseline", value: options.writeBaselinePath ?? "",
                hint: "write the baseline from a scan of the whole site, not in changed-files mode")
        }
        if let shard = options.shard, let path = options.writeBaselinePath {
            // A shard's baseline would hold only its own pages' findings.
            throw CreditLintError.invalidValue(
                option: "--write-baseline", value: path,
                hint: "write the baseline from a scan of the whole site, not of shard \(shard)")
        }
        guard options.jobs >= 1 else {
            throw CreditLintError.invalidValue(
                option: "--jobs", value: String(options.jobs), hint: "give 1 or more")
        }
        self.options = options
        let walker = FileWalker(
            include: options.include.map(Glob.init), exclude: options.exclude.map(Glob.init))
        var listing =
            try options.onlyPages.map { try walker.listing(of: $0, root: options.root) }
            ?? walker.walk(root: options.root)
        // A folder that yields nothing is most often a site that was not built or a mistyped
        // path; changed-files mode is empty whenever a commit changed no page.
        if options.onlyPages == nil, !options.allowEmpty, listing.pages.isEmpty, listing.unlistable.isEmpty {
            throw CreditLintError.noPages(root: options.root, excluded: listing.excluded)
        }
        if let shard = options.shard {
            // After the emptiness check: a shard of a small site may rightly hold no page.
            listing.pages.removeAll { !shard.contains($0.relativePath) }
            listing.unlistable.removeAll { !shard.contains($0.path) }
        }
        self.listing = listing
        // Read the baseline before scanning: a missing file fails fast.
        baseline = try options.baselinePath.map(Baseline.load)
        analyzer = try CreditLint.analyzer(for: options)
    }

    /// The report's scan-wide fields, before any page.
    func header(startedAt: Date) -> ScanReport {
        var header = ScanReport(
            toolVersion: CreditLint.version, root: options.root,
            startedAt: CreditLint.timestamp(startedAt), failOn: options.failOn,
            commercial: options.commercial)
        header.maxWarnings = options.maxWarnings
        return header
    }

    /// Scans every page and hands each to `append`, in path order.
    ///
    /// - Parameters:
    ///   - header: The scan-wide fields; failures, suppressed counts and the baseline
    ///     comparison are filled in.
    ///   - reuse: Recorded pages that unchanged pages may reuse instead of being parsed.
    ///   - load: Reads a reused page's recorded results, to compare them with a baseline.
    ///   - copy: Records a reused page as it was recorded, without rebuilding it.
    ///   - append: Receives each finished page (runs on the calling thread).
    ///   - stamp: Records the stamp and hash of a page's file, or removes its stamp (nil),
    ///     where they differ from what `reuse` holds (runs on the calling thread).
    ///   - progress: Called after each page with the pages done and the total.
    ///   - afterPages: Called once every page is appended, before the baseline is settled,
    ///     with the baseline matcher when a baseline is used or written (for findings that
    ///     compare pages, which exist only then); returns the findings it suppressed.
    ///     Without it, the baseline's entries of such findings are neither matched nor stale.
    func run(
        header: inout ScanReport, reuse: ReuseIndex?,
        load: (ReuseIndex.Candidate) throws -> RecordedPage,
        copy: (ReuseIndex.Candidate, String) throws -> Void,
        append: (RecordedPage) throws -> Void, stamp: (String, StampedHash?) throws -> Void = { _, _ in },
        progress: CreditLint.ScanProgress?, afterPages: ((inout BaselineMatcher?) throws -> SuppressedFindings)? = nil
    ) throws {
        HTMLParser.prepare()
        let pages = listing.pages
        let analyzer = analyzer
        let beforeReading = beforeReading
        let fingerprint = options.resultsFingerprint
        let rendersJSON = rendersJSON
        let stampMargin = options.stampMargin
        let workers = OrderedWorkers<PageOutcome>(jobs: options.jobs, isLight: \.isLight) { index in
            beforeReading(pages[index])
            return Self.process(
                pages[index], analyzer: analyzer, reuse: reuse, rendersJSON: rendersJSON, stampMargin: stampMargin)
        }
        var matcher = BaselineMatcher(
            baseline: baseline, rulesOff: options.rulesOff, lateRules: CrossPageCheck.rules)
        let matching = baseline != nil || options.writeBaselinePath != nil
        var suppressed = SuppressedFindings()
        var failures = listing.unlistable.map { FailedFile(path: $0.path, reason: $0.reason) }
        try workers.run(count: pages.count) { index, outcome in
            let path = pages[index].relativePath
            if outcome.stamp != reuse?.stamps[path] { try stamp(path, outcome.stamp) }
            var page: RecordedPage
            switch outcome {
            case .scanned(let document, let counts, let json, _):
                page = RecordedPage(
                    document: document, suppressed: counts, optionsFingerprint: fingerprint, json: json)
            case .reused(let candidate, _) where !matching && !candidate.hasBaselinedFindings && candidate.hasJSON:
                // Nothing to compare with a baseline: the recorded rows are copied as they are,
                // and the copy points at the JSON element recorded with them.
                try copy(candidate, fingerprint)
                suppressed.ignored += candidate.suppressed.ignored
                suppressed.waived += candidate.suppressed.waived
                progress?(index + 1, pages.count)
                return
            case .reused(let candidate, _):
                let recorded = try load(candidate)
                page = RecordedPage(
                    document: recorded.unbaselinedDocument, suppressed: recorded.suppressed,
                    optionsFingerprint: fingerprint)
            case .failed(let failure):
                failures.append(failure)
                progress?(index + 1, pages.count)
                return
            }
            if matching {
                page.baselined = matcher.apply(to: &page.document)
                // The element rendered on the worker still shows the findings just held back.
                if !page.baselined.isEmpty { page.json = nil }
            }
            suppressed.ignored += page.suppressed.ignored
            suppressed.waived += page.suppressed.waived
            try append(page)
            progress?(index + 1, pages.count)
        }
        if let afterPages {
            var lateMatcher = matching ? matcher : nil
            let late = try afterPages(&lateMatcher)
            suppressed.ignored += late.ignored
            suppressed.waived += late.waived
            if let lateMatcher {
                matcher = lateMatcher
                matcher.settleLateEntries()
            }
        }
        failures.sort { $0.path < $1.path }
        header.failures = failures
        header.suppressed = suppressed.isEmpty ? nil : suppressed
        if let path = options.writeBaselinePath ?? options.baselinePath, matching {
            // The findings of a baseline being written are accepted: this run passes with them.
            if options.writeBaselinePath != nil { try Baseline(entries: matcher.written).write(to: path) }
            suppressed.baseline += matcher.matched
            header.suppressed = suppressed
            header.baseline = matcher.status(path: path, strict: options.strictBaseline)
        }
    }

    /// Reads, hashes and (unless a recorded page can be reused) parses and checks one page.
    /// A file whose stamp is the one recorded with a reusable page is not even read.
    private static func process(
        _ entry: FileWalker.Entry, analyzer: PageAnalyzer, reuse: ReuseIndex?, rendersJSON: Bool, stampMargin: Int64
    ) -> PageOutcome {
        // The time first, then the stamp, then the bytes: a write after the stamp changes the
        // file's times, and one just before it leaves the file too young to trust.
        let readAt = FileStamp.now()
        let fileStamp = FileStamp.of(entry.url)
        if let fileStamp, let reuse, let sha256 = reuse.recordedHash(path: entry.relativePath, stamp: fileStamp),
            let candidate = reuse.candidate(path: entry.relativePath, sha256: sha256)
        {
            return .reused(candidate, stamp: StampedHash(stamp: fileStamp, sha256: sha256))
        }
        switch analyzer.readUnclassified(entry) {
        case .failed(let failure):
            return .failed(failure)
        case .bytes(let data):
            let sha256 = PageAnalyzer.sha256(data)
            let stamp = fileStamp.flatMap { stamp in
                stamp.size == data.count && stamp.isSettled(readAt: readAt, margin: stampMargin)
                    ? StampedHash(stamp: stamp, sha256: sha256) : nil
            }
            // Bytes recorded as a page are a page: only new bytes need telling from a binary file.
            if let candidate = reuse?.candidate(path: entry.relativePath, sha256: sha256) {
                return .reused(candidate, stamp: stamp)
            }
            if case .failed(let failure) = analyzer.classified(data, path: entry.relativePath) {
                return .failed(failure)
            }
            switch analyzer.analyze(data, path: entry.relativePath, sha256: sha256) {
            case .scanned(let document, let counts):
                // Cannot fail (no floating-point values); without it the recorder renders it.
                let json = rendersJSON ? try? JSONRenderer.documentElement(document) : nil
                return .scanned(document, counts, json: json, stamp: stamp)
            case .failed(let failure): return .failed(failure)
            }
        }
    }
}
