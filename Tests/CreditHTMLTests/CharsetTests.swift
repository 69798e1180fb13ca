import CreditCore
import CreditHTML
import Foundation
import Testing

@Suite("Charset detection")
struct CharsetTests {
    @Test(
        "the charset is taken from the BOM, the meta tags, then the bytes",
        arguments: [
            ([0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8), "utf-8"),
            (Array("<meta charset=\"ISO-8859-1\"><p>caf".utf8) + [0xE9], "windows-1252"),
            (Array("<meta http-equiv=Content-Type content=\"text/html; charset=Shift_JIS\">".utf8), "shift_jis"),
            (Array("<meta charset=gb2312><p>caf\u{E9} \u{4E2D}</p>".utf8), "utf-8"),
            (Array("<meta charset=utf-8><p>caf".utf8) + [0xE9, 0x20], "windows-1252"),
            (Array("<p>plain ascii</p>".utf8), "windows-1252"),
            (Array("<p>caf\u{E9}</p>".utf8), "utf-8"),
            (Array("<p>caf".utf8) + [0xE9], "windows-1252"),
            (Array("<!-- <meta charset=koi8-r> --><meta charset=windows-1251>".utf8), "windows-1251"),
            (Array("<meta charset=no-such-charset><p>x</p>".utf8), "windows-1252"),
        ] as [([UInt8], String)])
    func detection(bytes: [UInt8], expected: String) {
        #expect(CharsetDetector.detect(bytes).encoding == expected)
        #expect(HTMLParser.parse(Data(bytes)).encoding == expected)
    }

    @Test("a windows-1252 page is decoded into the right characters")
    func legacyDecoding() throws {
        let bytes = Array("<meta charset=windows-1252><p id=t>Caf".utf8) + [0xE9, 0x20, 0x80] + Array("</p>".utf8)
        let document = HTMLParser.parse(Data(bytes))
        let paragraph = try #require(document.elements(named: ["p"]).first)
        #expect(document.text(of: paragraph) == "Café €")
    }

    @Test("a page that declares gb2312 but is UTF-8 keeps its characters")
    func lyingDeclaration() throws {
        let html = "<html><head><meta charset=gb2312></head><body><p>Zürich 中文</p></body></html>"
        let document = HTMLParser.parse(Data(html.utf8))
        let paragraph = try #require(document.elements(named: ["p"]).first)
        #expect(document.encoding == "utf-8")
        #expect(document.text(of: paragraph) == "Zürich 中文")
    }

    @Test("a Shift_JIS page is decoded through iconv")
    func shiftJIS() throws {
        // 写真 in Shift_JIS.
        let bytes = Array("<meta charset=shift_jis><p>".utf8) + [0x8E, 0xCA, 0x90, 0x5E] + Array("</p>".utf8)
        let document = HTMLParser.parse(Data(bytes))
        let paragraph = try #require(document.elements(named: ["p"]).first)
        #expect(document.text(of: paragraph) == "写真")
    }
}
