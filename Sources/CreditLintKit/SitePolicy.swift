import CreditAttribution
import CreditDocument
import CreditLicenses
import CreditModel
import CreditRules

/// The site's own settings applied to each page around the scanner and the rules: selectors,
/// extra licences before the rules; inline ignores and waivers after them.
///
/// The scanner itself knows nothing of configuration; this is the one place it is hooked in.
struct SitePolicy: Sendable {
    var selectors = PageSelectors()
    var licenses: LicenseCatalogExtension?
    var waivers = WaiverSet([], lines: [], today: WaiverDate.today())
    var reportUnusedIgnores = false
    var knownRules: Set<String> = Set(RuleRegistry.all.map { $0.id })

    /// Applies selectors and extra licences to a page's scan, before any rule runs.
    func prepare(_ scan: inout PageScan, in document: HTMLDocument) {
        if !selectors.isEmpty, scan.imageNodes.count == scan.images.count {
            let contentMatched = selectors.contentMatches(in: document)
            var keep: [Int] = []
            for (position, node) in scan.imageNodes.enumerated() {
                if selectors.excludes(node, in: document, contentMatched: contentMatched) {
                    let image = scan.images[position]
                    scan.skipped.append(
                        SkippedImage(
                            src: image.src, line: image.line, reason: PageSelectors.skipReason,
                            evidence: ImageEvidence(check: PageSelectors.skipCheck)))
                    scan.skippedNodes.append(node)
                } else {
                    keep.append(position)
                }
            }
            scan.images = keep.map { scan.images[$0] }
            scan.imageNodes = keep.map { scan.imageNodes[$0] }
            if scan.skippedNodes.count == scan.skipped.count {
                let order = scan.skipped.indices.sorted {
                    (scan.skipped[$0].line, scan.skipped[$0].src) < (scan.skipped[$1].line, scan.skipped[$1].src)
                }
                scan.skipped = order.map { scan.skipped[$0] }
                scan.skippedNodes = order.map { scan.skippedNodes[$0] }
            } else {
                scan.skipped.sort { ($0.line, $0.src) < ($1.line, $1.src) }
            }
            for (position, node) in scan.imageNodes.enumerated()
            where !(scan.images[position].credit?.strategy.isVisible ?? false) {
                guard let element = selectors.creditElement(for: node, in: document),
                    let selected = SelectedCredit.credit(element: element, in: document)
                else { continue }
                scan.images[position].credit = selected.credit
                scan.images[position].license = selected.license
                scan.images[position].evidence?.strategy = PageSelectors.creditStrategy
                let licenseFrom = PageScanner.licenseSource(of: scan.images[position])
                scan.images[position].evidence?.licenseFrom = licenseFrom
            }
        }
        if let licenses, !licenses.isEmpty {
            for position in scan.images.indices {
                identifyExtraLicense(&scan.images[position], with: licenses)
            }
        }
    }

    /// Gives an image the site's own licence when its credit names one and the catalogue
    /// found nothing (or only an id it does not know).
    private func identifyExtraLicense(_ image: inout ScannedImage, with licenses: LicenseCatalogExtension) {
        guard let credit = image.credit else { return }
        if let id = image.license?.id, id == LicenseIdentification.ambiguousID || LicenseCatalog.license(id: id) != nil
        {
            return
        }
        // The credit parser knows only the catalogue's licence URLs, so a link to the site's
        // own licence was taken for the source link.
        let byURL = [credit.licenseURL, credit.sourceURL].compactMap { $0 }.lazy.compactMap(licenses.identify(url:))
            .first
        let byText = [credit.licenseText, credit.text].compactMap { $0 }.lazy.compactMap(licenses.identify(text:)).first
        guard let definition = byText ?? byURL else { return }
        let evidence = byText != nil && byURL != nil ? "text+url" : byText != nil ? "text" : "url"
        image.license = ImageLicense(id: definition.id, name: definition.name, url: definition.url, evidence: evidence)
    }

    /// Removes the findings inline ignores and waivers suppress, and adds the findings about
    /// ignores and expired waivers themselves.
    ///
    /// - Returns: How many findings were ignored and how many waived.
    func suppress(
        _ images: inout [ScannedImage], nodes: [Int], pageFindings: inout [Finding],
        in document: HTMLDocument, path: String, engine: RuleEngine
    ) -> SuppressedFindings {
        var counts = SuppressedFindings()
        var ignores = InlineIgnores(document)
        var notices: [RuleNotice] = []
        for position in images.indices {
            let node = position < nodes.count ? nodes[position] : nil
            images[position].findings = images[position].findings.filter { finding in
                if let node, ignores.suppresses(rule: finding.rule, image: node, in: document) {
                    counts.ignored += 1
                    return false
                }
                switch waivers.verdict(for: finding, path: path) {
                case .waived:
                    counts.waived += 1
                    return false
                case .kept(let expired):
                    notices += expired
                    return true
                }
            }
        }
        notices += ignores.notices(knownRules: knownRules, reportUnused: reportUnusedIgnores)
        for notice in notices {
            pageFindings += engine.check(notice: notice, path: path)
        }
        return counts
    }
}
