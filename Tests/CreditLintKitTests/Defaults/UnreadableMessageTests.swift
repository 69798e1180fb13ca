import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit
@testable import CreditRules

/// A file or folder nobody may read says "permission denied", never advice about encodings.
@Suite("Messages for unreadable files and folders")
struct UnreadableMessageTests {
    /// root reads everything whatever its mode: as root, the binary is run as `nobody`
    /// through `setpriv` (util-linux), so that permissions apply in CI containers too.
    static let setpriv = "/usr/bin/setpriv"
    static let permissionsCanApply = getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv)

    /// Runs the binary as a user whom permissions bind.
    static func runUnprivileged(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        guard getuid() == 0 else {
            let result = try CreditlintProcess.run(arguments)
            return (result.status, result.stdout, result.stderr)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments =
            ["--reuid=65534", "--regid=65534", "--clear-groups", "--", CreditlintProcess.binary.path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test(
        "errno becomes its own text, from a read and from a Foundation error",
        arguments: [(EACCES, "permission denied"), (EISDIR, "is a directory"), (ENOENT, "no such file or directory")])
    func errnoText(_ code: Int32, _ text: String) {
        #expect(PageReader.message(code) == text)
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(code))
        let error = NSError(domain: NSCocoaErrorDomain, code: 257, userInfo: [NSUnderlyingErrorKey: underlying])
        #expect(FileWalker.reason(error) == text)
    }

    @Test(
        "the unreadable-file finding advises by the reason's kind",
        arguments: [
            ("unreadable: permission denied", "Make it readable"),
            ("unreadable folder: permission denied", "Make it readable and listable"),
            ("too large: 9 bytes, over the limit of 1", "--max-file-size"),
            ("not HTML: the file is a PNG image", "right extension"),
            ("undecodable: x", "re-encode it as UTF-8"),
        ])
    func findingAdvice(_ reason: String, _ advice: String) {
        let message = UnreadableFileRule.finding(reason: reason).message
        #expect(message.contains("(\(reason))") && message.contains(advice))
        #expect(reason.hasPrefix("undecodable") || !message.contains("re-encode"))
    }

    @Test("a folder given where a file is expected says what it is (works as root)")
    func folderForFile() throws {
        let folder = try TemporaryFolder(["site/a.html": TestPages.creditedPage, "conf/x": ""])
        let config = try CreditlintProcess.run([
            "scan", folder.file("site"), "--config", folder.file("conf"), "--db", folder.file("r.sqlite"),
        ])
        #expect(config.status == 2)
        #expect(config.stderr.contains("cannot read it: is a directory"), "\(config.stderr)")
        let list = try CreditlintProcess.run([
            "scan", folder.file("site"), "--files-from", folder.file("conf"), "--db", folder.file("r.sqlite"),
        ])
        #expect(list.status == 2)
        #expect(list.stderr.contains("cannot read it: is a directory"), "\(list.stderr)")
    }

    @Test("a configuration file that is not UTF-8 says so")
    func notUTF8() throws {
        let folder = try TemporaryFolder(["site/a.html": TestPages.creditedPage])
        try folder.write("c.yml", Data([0x76, 0x3A, 0x20, 0x31, 0x0A, 0xFF, 0xFE, 0x0A]))
        let result = try CreditlintProcess.run([
            "scan", folder.file("site"), "--config", folder.file("c.yml"), "--db", folder.file("r.sqlite"),
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read it: it is not valid UTF-8 text"), "\(result.stderr)")
    }

    @Test(
        "chmod 000: the root folder, a subfolder and a page say permission denied",
        .enabled(if: permissionsCanApply, "root without setpriv reads everything; errnoText covers the mapping"))
    func permissionDenied() throws {
        let folder = try TemporaryFolder([
            "site/a.html": TestPages.creditedPage, "site/locked/b.html": TestPages.creditedPage,
            "site/c.html": TestPages.creditedPage, "closed/d.html": TestPages.creditedPage,
        ])
        try FileManager.default.createDirectory(atPath: folder.file("db"), withIntermediateDirectories: true)
        // The database folder is writable by the unprivileged user; the pages are only readable.
        chmod(folder.file("db"), 0o777)
        chmod(folder.path, 0o755)
        chmod(folder.file("site/locked"), 0)
        chmod(folder.file("site/c.html"), 0)
        chmod(folder.file("closed"), 0)
        defer {
            chmod(folder.file("site/locked"), 0o755)
            chmod(folder.file("site/c.html"), 0o644)
            chmod(folder.file("closed"), 0o755)
        }
        let result = try Self.runUnprivileged([
            "scan", folder.file("site"), "--format", "json", "--db", folder.file("db/r.sqlite"),
        ])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("unreadable folder: permission denied"))
        #expect(result.stdout.contains("unreadable: permission denied"))
        #expect(!result.stdout.contains("re-encode"))
        let root = try Self.runUnprivileged(["scan", folder.file("closed"), "--db", folder.file("db/r.sqlite")])
        #expect(root.status == 2)
        #expect(root.stderr.contains("cannot list \(folder.file("closed")): permission denied"), "\(root.stderr)")
    }
}
