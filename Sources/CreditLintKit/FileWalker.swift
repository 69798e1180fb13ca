import Foundation

/// Lists the pages under a root folder, in a stable order.
///
/// Hidden files and folders are skipped, symbolic links to folders are followed only once per
/// real folder (so a link loop ends: its pages are listed under their first path), and a folder
/// that cannot be listed is reported rather than silently dropped. A page-named link that
/// leads nowhere, or round in a loop, is listed like any page, so that it fails with its reason.
struct FileWalker {
    /// A page to scan: its path relative to the root and its location on disk.
    struct Entry: Equatable {
        var relativePath: String
        var url: URL
    }

    /// The pages found and the folders that could not be listed.
    struct Listing {
        var pages: [Entry] = []
        var unlistable: [(path: String, reason: String)] = []
    }

    static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]

    var include: [Glob]
    var exclude: [Glob]

    /// Walks `root`, which may also be a single file (scanned whatever its extension).
    func walk(root: String) throws -> Listing {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw CreditLintError.rootNotFound(path: root)
        }
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        if !isDirectory.boolValue {
            return Listing(pages: [Entry(relativePath: rootURL.lastPathComponent, url: rootURL)])
        }
        var listing = Listing()
        var visited: Set<String> = []
        var pending: [(url: URL, relative: String)] = [(rootURL, "")]
        while let (folder, relative) = pending.popLast() {
            let real = folder.resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else { continue }
            let folderPath = folder.path
            let names: [String]
            do {
                names = try fileManager.contentsOfDirectory(atPath: folderPath)
            } catch {
                if relative.isEmpty {
                    throw CreditLintError.rootUnreadable(path: root, reason: Self.reason(error))
                }
                listing.unlistable.append((relative + "/", "unreadable folder: \(Self.reason(error))"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                // Paths are joined as text and a URL is made only for what is kept: URL
                // operations cost more than the file system call, for every file of the site,
                // before any page can be scanned.
                let file = folderPath.hasSuffix("/") ? folderPath + name : folderPath + "/" + name
                let path = relative.isEmpty ? name : relative + "/" + name
                var childIsDirectory: ObjCBool = false
                // A symbolic link that points nowhere or at itself does not "exist"; when it is
                // named like a page it is still listed, and reading it says what is wrong.
                let resolves = fileManager.fileExists(atPath: file, isDirectory: &childIsDirectory)
                if resolves && childIsDirectory.boolValue {
                    pending.append((URL(fileURLWithPath: file, isDirectory: true), path))
                } else if Self.pageExtensions.contains(Self.pathExtension(name).lowercased()), isSelected(path) {
                    listing.pages.append(Entry(relativePath: path, url: URL(fileURLWithPath: file, isDirectory: false)))
                }
            }
        }
        listing.pages.sort { $0.relativePath < $1.relativePath }
        listing.unlistable.sort { $0.path < $1.path }
        return listing
    }

    /// What follows the last dot of a file name, as `URL.pathExtension` gives it for the
    /// names that can be pages ("" without a dot; hidden names never get here).
    static func pathExtension(_ name: String) -> Substring {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...]
    }

    func isSelected(_ path: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return nsError.localizedDescription
    }
}
