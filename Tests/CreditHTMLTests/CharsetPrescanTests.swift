import CreditHTML
import Testing

/// The HTML standard's prescan, case by case: what it must find and what it must pass over.
@Suite("Charset prescan")
struct CharsetPrescanTests {
    @Test(
        "declarations the prescan finds or ignores",
        arguments: [
            ("<meta charset=iso8859-2>", "iso-8859-2"),
            ("<meta\ncharset='ISO8859-2'>", "iso-8859-2"),
            ("<meta/charset=koi8-r>", "koi8-r"),
            ("<metacharset=iso8859-2>", "windows-1252"),
            ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso8859-2\">", "iso-8859-2"),
            ("<meta content=\"text/html; charset=iso8859-2\" http-equiv=\"Content-Type\">", "iso-8859-2"),
            ("<meta http-equiv=\"Content-Type \" content=\"text/html; charset=iso8859-2\">", "windows-1252"),
            ("<meta content=\"text/html; charset=iso8859-2\">", "windows-1252"),
            ("<meta http-equiv=content-type content=\"charset =  'iso8859-2'\">", "iso-8859-2"),
            ("<meta http-equiv=content-type content=\"charsetcharset=iso8859-2\">", "iso-8859-2"),
            ("<meta charset=iso8859-2 charset=koi8-r>", "iso-8859-2"),
            ("<meta charset=bogus><meta charset=koi8-r>", "koi8-r"),
            ("<meta charset=utf-16le>", "utf-8"),
            ("<meta charset=x-user-defined>", "windows-1252"),
            ("<!-- <meta charset=koi8-r> --><meta charset=iso8859-2>", "iso-8859-2"),
            ("<!--><meta charset=iso8859-2>", "iso-8859-2"),
            ("<title><meta charset=iso8859-2></title>", "iso-8859-2"),
            ("<div title='<meta charset=koi8-r>'><meta charset=iso8859-2>", "iso-8859-2"),
            ("<!DOCTYPE html><?php x ?><meta charset=iso8859-2>", "iso-8859-2"),
            ("<meta charset=\"iso8859-2", "windows-1252"),
            ("<!--" + String(repeating: "x", count: 8192) + "--><meta charset=iso8859-2>", "iso-8859-2"),
            ("<!--" + String(repeating: "x", count: 70_000) + "--><meta charset=iso8859-2>", "windows-1252"),
        ] as [(String, String)])
    func prescan(html: String, expected: String) {
        #expect(CharsetDetector.detect(Array(html.utf8)).encoding == expected)
    }

    @Test("the prescan stops at the end of its window even inside a tag")
    func truncatedTag() {
        for cut in 0..<40 {
            let page = Array("<meta http-equiv=content-type content='charset=koi8-r'>".utf8.prefix(cut))
            _ = CharsetDetector.detect(page)
        }
        #expect(CharsetDetector.detect(Array("<meta charset=".utf8)).encoding == "windows-1252")
    }
}
