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
        /// Pages left out by the include and exclude globs, for the message of an empty scan.
        var excluded = 0
    }

    static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]
    /// The page extensions as messages name them.
    static let pageExtensionList = ".html, .htm, .xhtml"

    /// Whether a file name ends like a page (case-insensitive).
    static func isPageName(_ name: String) -> Bool {
        pageExtensions.contains(pathExtension(name).lowercased())
    }

    var include: [Glob]
    var exclude: [Glob]

    /// Walks `root`, which may also be a single page.
    ///
    /// - Throws: ``CreditLintError/notAPage(path:reason:)`` when `root` is a file whose name
    ///   does not end like a page: named on purpose, it must not be skipped without a word.
    func walk(root: String) throws -> Listing {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw CreditLintError.rootNotFound(path: root)
        }
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        if !isDirectory.boolValue {
            guard Self.isPageName(rootURL.lastPathComponent) else {
                throw CreditLintError.notAPage(path: root, reason: Self.notAPageReason)
            }
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
                } else if Self.isPageName(name) {
                    if isSelected(path) {
                        listing.pages.append(
                            Entry(relativePath: path, url: URL(fileURLWithPath: file, isDirectory: false)))
                    } else {
                        listing.excluded += 1
                    }
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

    /// Why a named file is not a page, for ``CreditLintError/notAPage(path:reason:)``.
    static let notAPageReason = "pages are files ending \(pageExtensionList)"

    func isSelected(_ path: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }

    /// Why a file operation failed, in the system's words ("permission denied", "is a
    /// directory") rather than Foundation's generic "the operation could not be completed".
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return errnoText(code.rawValue)
        }
        // Reading text as UTF-8 fails with one of these when the bytes are not UTF-8.
        let encodingErrors = [CocoaError.fileReadInapplicableStringEncoding, .fileReadCorruptFile].map(\.rawValue)
        if nsError.domain == NSCocoaErrorDomain, encodingErrors.contains(nsError.code) {
            return "it is not valid UTF-8 text"
        }
        // Foundation on Linux often gives no underlying error: ask the file system itself.
        if let path = nsError.userInfo[NSFilePathErrorKey] as? String, let code = openFailure(path) {
            return errnoText(code)
        }
        return nsError.localizedDescription
    }

    /// The errno that opening `path` fails with, nil when it opens. A folder is opened as a
    /// folder (a listing that fails says why, e.g. no permission); one that opens is still
    /// no file to read: `EISDIR`.
    static func openFailure(_ path: String) -> Int32? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            guard let folder = opendir(path) else { return errno }
            closedir(folder)
            return EISDIR
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        close(descriptor)
        return nil
    }

    /// The lower-case errno text, as `PageReader` words it.
    static func errnoText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
