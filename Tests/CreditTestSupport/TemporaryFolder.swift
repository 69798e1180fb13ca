import Foundation

/// A folder of files made for one test and removed when the value goes away.
///
/// ```swift
/// let site = try TemporaryFolder(["site/a.html": TestPages.article(TestPages.credited("a.jpg"))])
/// let result = try CreditlintProcess.run(["scan", site.file("site"), "--db", site.file("runs.sqlite")])
/// ```
public final class TemporaryFolder {
    /// The folder, under the system's temporary folder.
    public let url: URL

    /// Creates the folder and writes `files` into it, keyed by path relative to the folder.
    public init(_ files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("creditlint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, contents) in files { try write(path, contents) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The folder's path.
    public var path: String { url.path }

    /// Writes text as UTF-8 to a path relative to the folder, making the folders it needs.
    public func write(_ relativePath: String, _ contents: String) throws {
        try write(relativePath, Data(contents.utf8))
    }

    /// Writes bytes to a path relative to the folder, making the folders it needs.
    public func write(_ relativePath: String, _ data: Data) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// The path of a file or folder inside the folder.
    public func file(_ relativePath: String) -> String { url.appendingPathComponent(relativePath).path }
}
