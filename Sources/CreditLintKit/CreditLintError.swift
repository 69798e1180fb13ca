import Foundation

/// Why creditlint could not do its job (exit code 2); compliance problems are findings instead.
public enum CreditLintError: Error, LocalizedError, CustomStringConvertible, Equatable {
    /// The path to scan does not exist.
    case rootNotFound(path: String)
    /// The path to scan cannot be listed.
    case rootUnreadable(path: String, reason: String)
    /// A folder scan found no page; `excluded` pages were left out by include and exclude globs.
    case noPages(root: String, excluded: Int)
    /// A file named on the command line is not a page; `reason` says what it is instead.
    case notAPage(path: String, reason: String)
    /// The database has no recorded run yet.
    case noRuns(database: String)
    /// The configuration file cannot be used.
    case invalidConfiguration(path: String, reason: String)
    /// A user-supplied value is not valid.
    case invalidValue(option: String, value: String, hint: String)
    /// The page to explain cannot be read, or is no HTML page.
    case unreadablePage(path: String, reason: String)
    /// No image of the page to explain matches `--image`.
    case noMatchingImage(filter: String, path: String, urls: [String])
    /// The databases given to `creditlint merge` do not make one whole scan (missing or
    /// repeated shard, different N or configuration), or the output is one of them.
    case cannotMerge(reason: String)

    /// A lower-case, actionable message.
    public var description: String {
        switch self {
        case .rootNotFound(let path):
            "no such file or folder: \(path)"
        case .rootUnreadable(let path, let reason):
            "cannot list \(path): \(reason)"
        case .noPages(let root, let excluded):
            "no pages found under \(root) (files ending \(FileWalker.pageExtensionList)"
                + (excluded > 0 ? "; \(excluded) excluded by --include/--exclude" : "")
                + "); check the path and that the site was built, "
                + "or pass --allow-empty (allowEmpty: true) to accept an empty scan"
        case .notAPage(let path, let reason):
            "\(path) is not an HTML page (\(reason))"
        case .noRuns(let database):
            "no scan recorded in \(database) yet; run `creditlint scan PATH` first or pass --db"
        case .invalidConfiguration(let path, let reason):
            "configuration \(path): \(reason)"
        case .invalidValue(let option, let value, let hint):
            "invalid value '\(value)' for \(option): \(hint)"
        case .unreadablePage(let path, let reason):
            "cannot explain \(path): \(reason)"
        case .cannotMerge(let reason):
            "cannot merge: \(reason)"
        case .noMatchingImage(let filter, let path, let urls):
            urls.isEmpty
                ? "no image URL of \(path) contains '\(filter)': the page has no images"
                : "no image URL of \(path) contains '\(filter)'; its images are:\n"
                    + urls.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    /// The same as ``description``.
    public var errorDescription: String? { description }
}
