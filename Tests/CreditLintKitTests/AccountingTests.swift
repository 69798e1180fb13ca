import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

/// Every page-named file ends up either scanned or failed with its reason, in the JSON and in
/// the text summary, and a failed file never stops the run.
@Suite("Every file accounted for", .serialized)
struct AccountingTests {
    @Test(
        "binary evidence needs both a count and a share of control bytes",
        arguments: [
            (Array(repeating: 0x00, count: 31) + Array(repeating: 0x41, count: 69), false),
            (Array(repeating: 0x00, count: 32) + Array(repeating: 0x41, count: 68), true),
            (Array(repeating: 0x00, count: 40) + Array(repeating: 0x41, count: 8152), false),
            (Array(repeating: 0x1B, count: 200), false),  // ESC is text's (ANSI colour in logs)
            ([0x0D, 0x00], false),
            ([0xFF, 0xFE] + Array(repeating: 0x00, count: 400), false),  // UTF-16 with a BOM
        ] as [([UInt8], Bool)])
    func binaryEvidence(bytes: [UInt8], binary: Bool) {
        let reason = BinarySniffer.classify(bytes)
        #expect((reason != nil) == binary, "\(String(describing: reason))")
    }

    @Test("a mixed folder: JSON and text list each page as scanned or failed, with its reason")
    func mixedFolder() throws {
        let site = try TemporaryFolder([
            "site/ok.html": "<article><p>x</p></article>", "site/empty.html": "",
            "site/big.html": String(repeating: "<p>lorem ipsum</p>", count: 200),
        ])
        try site.write("site/photo.html", Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]))
        try site.write("site/noise.htm", Data(NoiseBytes.make(count: 900)))
        try FileManager.default.createSymbolicLink(
            atPath: site.file("site/loop.html"), withDestinationPath: "loop.html")
        #expect(mkfifo(site.file("site/pipe.xhtml"), 0o644) == 0)
        let expected = [
            "big.html": "too large: ", "loop.html": "unreadable: ", "noise.htm": "binary: ",
            "photo.html": "not HTML: the file is a JPEG image", "pipe.xhtml": "unreadable: not a regular file",
        ]
        let options = ["--max-file-size", "1000", "--db", site.file("runs.sqlite")]

        let json = try BoundedProcess.run(["scan", site.file("site"), "--format", "json"] + options, timeout: 60)
        #expect(json.status == 1)
        let object = try JSONValue.parse(json.stdout)
        let documents = (object["documents"]?.array ?? []).compactMap { $0["path"]?.string }
        let failures = object["failures"]?.array ?? []
        #expect(documents == ["empty.html", "ok.html"])
        #expect(failures.count == expected.count)
        for failure in failures {
            let path = failure["path"]?.string ?? ""
            #expect(failure["reason"]?.string?.hasPrefix(expected[path] ?? "?") == true, "\(path): \(failure)")
        }
        #expect(object["summary"]?["failedFiles"]?.int == expected.count)

        let text = try BoundedProcess.run(["scan", site.file("site")] + options, timeout: 60)
        let output = String(decoding: text.stdout, as: UTF8.self)
        #expect(text.status == 1)
        // The second scan of the same database reuses the two unchanged pages' results.
        #expect(output.contains("2 documents scanned (2 unchanged, results reused), 5 failed"))
        for (path, reason) in expected {
            #expect(output.contains("[unreadable-file]") && output.contains("/\(path): \(reason)"), "\(path)")
        }
    }
}
