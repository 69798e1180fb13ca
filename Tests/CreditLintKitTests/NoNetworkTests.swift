import CreditTestSupport
import Foundation
import Testing

/// A scan never fetches anything: pages reference a live loopback server in every way HTML,
/// XHTML and XML allow, and the server must see no connection at all.
@Suite("No network", .serialized)
struct NoNetworkTests {
    /// Pages that would each make a fetching parser or scanner connect to `base`.
    static func pages(base: String) -> [String: String] {
        let credit = "<figcaption>Photo: Jane Doe, <a rel=license href=\"\(base)/license\">CC BY 4.0</a></figcaption>"
        return [
            "doctype-system.html": "<!DOCTYPE html SYSTEM \"\(base)/doctype.dtd\"><p>x</p>",
            "doctype-public.xhtml": """
            <?xml version="1.0"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(base)/xhtml1-strict.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&nbsp;x</p></body></html>
            """,
            "external-entity.html": """
            <!DOCTYPE html [<!ENTITY ext SYSTEM "\(base)/entity.txt"><!ENTITY % pe SYSTEM "\(base)/pe.dtd"> %pe;]>
            <article><p>&ext;</p></article>
            """,
            "xinclude.xhtml": """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
            <body><xi:include href="\(base)/include.xml" parse="xml"/></body></html>
            """,
            "resources.html": """
            <html><head><base href="\(base)/"><link rel=stylesheet href="\(base)/style.css">
            <meta http-equiv=refresh content="0; url=\(base)/refresh">
            <script src="\(base)/script.js"></script>
            <style>@import url("\(base)/import.css"); body { background: url(\(base)/bg.png) }</style></head>
            <body><article>
            <figure><img src="\(base)/a.jpg" srcset="\(base)/a-2x.jpg 2x" data-src="\(base)/lazy.jpg">\(credit)</figure>
            <figure><picture><source srcset="\(base)/b.webp"><img src="\(base)/b.jpg"></picture>\(credit)</figure>
            <iframe src="\(base)/frame"></iframe><object data="\(base)/object"></object>
            <embed src="\(base)/embed"><video poster="\(base)/poster.jpg" src="\(base)/video.mp4"></video>
            <svg><image href="\(base)/svg.png"/></svg><div style="background-image:url(\(base)/div.png)"></div>
            <amp-img src="\(base)/amp.jpg"></amp-img><a href="\(base)/source">source</a>
            </article></body></html>
            """,
        ]
    }

    @Test("the server works: a real connection is counted")
    func serverCountsConnections() throws {
        let server = try LoopbackServer()
        #expect(server.connectOnce())
        #expect(server.stop() == 1)
    }

    @Test("scanning pages that point at a live server in every way makes no connection")
    func noConnection() throws {
        let server = try LoopbackServer()
        let site = try TemporaryFolder()
        for (name, page) in Self.pages(base: "http://127.0.0.1:\(server.port)") {
            try site.write("site/" + name, page)
        }
        // A proxy setting would route any fetch through the same server, so it is caught too.
        let proxy = "http://127.0.0.1:\(server.port)"
        let result = try BoundedProcess.run(
            ["scan", site.file("site"), "--format", "json", "--db", site.file("runs.sqlite")], timeout: 120,
            environment: ["http_proxy": proxy, "https_proxy": proxy, "ftp_proxy": proxy])
        let connections = server.stop()
        #expect(!result.timedOut)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(try JSONValue.parse(result.stdout)["documents"]?.array?.count == 5)
        #expect(connections == 0, "the scan connected \(connections) times")
    }
}
