import Foundation

extension CreditLint {
    /// Explains every image of one page: read, parsed, scanned and checked as `scan` would,
    /// with the configuration a scan of the page's folder would use, and nothing recorded.
    ///
    /// - Parameters:
    ///   - page: The HTML file.
    ///   - image: When given, only the images one of whose URLs contains it.
    ///   - configPath: The configuration file; default: the nearest one in the page's folder
    ///     or above.
    ///   - commercial: Overrides the configuration's `commercial`.
    /// - Returns: The explanation and the configuration's warnings.
    /// - Throws: ``CreditLintError/unreadablePage(path:reason:)`` when the page is missing,
    ///   unreadable or not an HTML page, ``CreditLintError/noMatchingImage(filter:path:urls:)``
    ///   when `image` matches none, configuration errors as `scan` throws them.
    public static func explain(
        page: String, image: String? = nil, configPath: String? = nil, commercial: Bool? = nil
    ) throws -> (explanation: PageExplanation, warnings: [String]) {
        let url = URL(fileURLWithPath: page)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw CreditLintError.unreadablePage(path: page, reason: "no such file")
        }
        guard !isFolder.boolValue else {
            throw CreditLintError.unreadablePage(path: page, reason: "it is a folder; give one HTML page")
        }
        guard FileWalker.pageExtensions.contains(url.pathExtension.lowercased()) else {
            let expected = FileWalker.pageExtensions.sorted().map { ".\($0)" }.joined(separator: ", ")
            throw CreditLintError.unreadablePage(path: page, reason: "not an HTML page (expected \(expected))")
        }
        let root = url.deletingLastPathComponent().path
        let loaded = try Configuration.load(forRoot: root, explicitPath: configPath)
        let (options, warnings) = try ScanOptions.merged(
            root: root, configuration: loaded, commandLine: CommandLineOverrides(commercial: commercial),
            knownRules: RuleCatalogText.ruleIDs)
        var explanation = try PageExplainer(analyzer: try analyzer(for: options)).explain(url, path: page)
        if let image {
            let matching = explanation.images.filter { $0.urls.contains { $0.contains(image) } }
            guard !matching.isEmpty else {
                var seen: Set<String> = []
                let urls = explanation.images.map(\.src).filter { seen.insert($0).inserted }
                throw CreditLintError.noMatchingImage(filter: image, path: page, urls: urls)
            }
            explanation.images = matching
        }
        return (explanation, warnings)
    }
}
