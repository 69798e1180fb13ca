import CreditTestSupport
import Foundation
import Testing

/// The HTML report of a site with hostile content, opened in headless Chromium: what the
/// browser builds from it is checked, not the text the tool wrote.
@Suite(
    "HTML report in a real browser",
    .enabled(if: Chromium.executable != nil, "chromium is not installed (apt-get install chromium)"))
struct HTMLBrowserTests {
    /// Markup and script in every place a page can put text: captions, alt text, the file
    /// name, a credit's links.
    static let attack =
        #"<u data-x=1>u</u><script>document.title='pwned'</script>"#
        + #"<img src=x onerror="document.documentElement.setAttribute('data-pwned','1')">"#

    static func hostileSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let escapedAttack = attack.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let page = TestPages.article(
            """
            <figure><img src="/media/photo.png" alt="\(escapedAttack)">
            <figcaption>\(escapedAttack) Photo: Jane Doe / <a href="javascript:document.title='pwned'">Reuters</a>, \
            <a rel="license" href="javascript:alert(1)">CC BY 4.0</a></figcaption></figure>
            <figure><img src="/media/&lt;u data-x=1&gt;.png" alt="x"><figcaption>The harbour.</figcaption></figure>
            """)
        try folder.write("site/news/\"><u data-x=1>name.html", page)
        try folder.write("site/media/photo.png", Data(repeating: 1, count: 100))
        try FileManager.default.createDirectory(atPath: folder.file("out"), withIntermediateDirectories: true)
        return folder
    }

    @Test("no page text becomes markup or runs; the title, images, rule ids and credit fields are there")
    func hostileReport() throws {
        let folder = try Self.hostileSite()
        let report = folder.file("out/report.html")
        let scan = try CreditlintProcess.run([
            "scan", folder.file("site"), "--format", "html=\(report)", "--db", folder.file("runs.sqlite"),
        ])
        #expect(scan.status == 1, "\(scan.stderr)")
        let dom = try Chromium.dumpDOM(of: URL(fileURLWithPath: report), profile: folder.file("profile"))
        // The report's own script ran (its hash matches the policy) and nothing else did.
        #expect(dom.contains("<html lang=\"en\" data-filters=\"on\">"))
        #expect(!dom.contains("data-pwned=\"1\""))
        let title = dom.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first
        #expect(title == "creditlint report: \(folder.file("site"))")
        // Serialised, text keeps `<` as `&lt;`: a `<u` or a second `<script` would be an element.
        #expect(!dom.contains("<u "))
        #expect(dom.components(separatedBy: "<script").count == 2)
        #expect(dom.components(separatedBy: "<img ").count == 2)
        #expect(dom.contains("<img src=\"data:image/png;base64,"))
        #expect(!dom.lowercased().contains("href=\"javascript"))
        #expect(dom.contains("&lt;u data-x=1&gt;u&lt;/u&gt;&lt;script&gt;"))
        for expected in ["missing-attribution", "<dt>author</dt><dd>Jane Doe", "<dt>licence</dt>", "Attribution 4.0"] {
            #expect(dom.contains(expected), "\(expected)")
        }
    }
}

extension HTMLBrowserTests {
    @Test(
        "the filters in the address's fragment hide the cards and pages they leave out; an unknown rule filters nothing",
        arguments: [
            ("", [false, false], false), ("#problems=1", [true, false], false),
            ("#rule=missing-attribution", [true, false], false), ("#rule=no-such-rule", [false, false], false),
            ("#page=zzz", [true, true], true), ("#page=NEWS&problems=1", [true, false], false),
        ])
    func filters(fragment: String, hiddenCards: [Bool], hiddenPage: Bool) throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "site/news/a.html", TestPages.article(TestPages.credited("a.jpg") + TestPages.uncredited("b.jpg")))
        let report = folder.file("report.html")
        _ = try CreditlintProcess.run([
            "scan", folder.file("site"), "--format", "html=\(report)", "--db", folder.file("runs.sqlite"),
        ])
        let url = try #require(URL(string: URL(fileURLWithPath: report).absoluteString + fragment))
        let dom = try Chromium.dumpDOM(of: url, profile: folder.file("profile"))
        let cards = dom.components(separatedBy: "<article ").dropFirst().map { $0.prefix { $0 != ">" } }
        #expect(cards.map { $0.contains(" hidden") } == hiddenCards)
        #expect(dom.contains("<section class=\"page\" data-page=\"news/a.html\" hidden") == hiddenPage)
    }
}

/// Finds and runs headless Chromium.
enum Chromium {
    /// The browser's path, or nil when none is installed.
    static let executable: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// The DOM Chromium builds from `file`, after its scripts ran, serialised.
    ///
    /// Chromium runs as root only without its sandbox; the deadline only turns a hang into a
    /// failure.
    static func dumpDOM(of file: URL, profile: String, timeout: TimeInterval = 120) throws -> String {
        let output = try TemporaryFolder(["out": "", "err": ""])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
            "--dump-dom", file.absoluteString,
        ]
        process.standardOutput = try FileHandle(forWritingTo: output.url.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: output.url.appendingPathComponent("err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let dom = String(decoding: try Data(contentsOf: output.url.appendingPathComponent("out")), as: UTF8.self)
        let errors = String(decoding: try Data(contentsOf: output.url.appendingPathComponent("err")), as: UTF8.self)
        #expect(process.terminationStatus == 0 && !dom.isEmpty, "chromium failed: \(errors)")
        return dom
    }
}
