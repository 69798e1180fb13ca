import Foundation

extension FileWalker {
    /// The listing for changed-files mode: only `paths` (relative to `root`), still filtered
    /// by include and exclude, without walking the rest of the site.
    func listing(of paths: [String], root: String) throws -> Listing {
        guard FileManager.default.fileExists(atPath: root) else {
            throw CreditLintError.rootNotFound(path: root)
        }
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        var listing = Listing()
        for path in Set(paths) {
            if isSelected(path) {
                listing.pages.append(Entry(relativePath: path, url: rootURL.appendingPathComponent(path)))
            } else {
                listing.excluded += 1
            }
        }
        listing.pages.sort { $0.relativePath < $1.relativePath }
        return listing
    }

    /// Turns the paths given for changed-files mode into page paths relative to `root`.
    ///
    /// A path is looked up relative to the current folder first, then to the root (absolute
    /// paths as they are). Unless `explicit`, files that are not pages, and files outside the
    /// root, are left out quietly: a list of changed files holds stylesheets and code too. A
    /// file named on the command line (`explicit`) was meant to be scanned, so there both are
    /// errors.
    ///
    /// - Throws: ``CreditLintError/invalidValue(option:value:hint:)`` naming every listed page
    ///   that does not exist (list only added and modified files, e.g.
    ///   `git diff --name-only --diff-filter=d`), or an explicit file outside the root;
    ///   ``CreditLintError/notAPage(path:reason:)`` for an explicit file that is not a page.
    static func changedPages(
        _ paths: [String], root: String, currentFolder: String, option: String, explicit: Bool = false
    ) throws -> [String] {
        let fileManager = FileManager.default
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        let rootPrefix = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
        var pages: [String] = []
        var missing: [String] = []
        for raw in paths {
            let path = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !path.isEmpty else { continue }
            let candidates =
                path.hasPrefix("/")
                ? [URL(fileURLWithPath: path)]
                : [
                    URL(fileURLWithPath: currentFolder).appendingPathComponent(path),
                    rootURL.appendingPathComponent(path),
                ]
            let isPage = isPageName(URL(fileURLWithPath: path).lastPathComponent)
            var isDirectory: ObjCBool = false
            guard
                let found = candidates.first(where: {
                    fileManager.fileExists(atPath: $0.path, isDirectory: &isDirectory)
                })
            else {
                if isPage || explicit { missing.append(path) }
                continue
            }
            if explicit, isDirectory.boolValue || !isPage {
                throw CreditLintError.notAPage(
                    path: path,
                    reason: isDirectory.boolValue
                        ? "it is a folder: give it as PATH, or name its pages" : notAPageReason)
            }
            let resolved = found.standardizedFileURL.resolvingSymlinksInPath().path
            if explicit, !resolved.hasPrefix(rootPrefix) {
                throw CreditLintError.invalidValue(
                    option: option, value: path, hint: "it is not under \(root); name pages inside PATH")
            }
            guard isPage, resolved.hasPrefix(rootPrefix) else { continue }
            pages.append(String(resolved.dropFirst(rootPrefix.count)))
        }
        if !missing.isEmpty {
            throw CreditLintError.invalidValue(
                option: option, value: missing.joined(separator: ", "),
                hint: "no such page; list only existing files (e.g. git diff --name-only --diff-filter=d)")
        }
        return pages
    }
}
