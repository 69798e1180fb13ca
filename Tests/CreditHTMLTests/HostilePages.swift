import Testing

/// Pages built to hit the corners where libxml2's tree builder does something a naive SAX
/// builder would not: depth, size, NUL, misplaced structure, merged text, capped lines.
enum HostilePages {
    struct Page: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var bytes: @Sendable () -> [UInt8]
    }

    private static func page(_ name: String, _ html: @escaping @Sendable () -> String) -> Page {
        Page(testDescription: name, bytes: { Array(html().utf8) })
    }

    static let all: [Page] = [
        page("300 nested divs") { String(repeating: "<div class=d id=x>t", count: 300) + "<img src=a.jpg>" },
        page("20,000 nested spans") { String(repeating: "<span>", count: 20_000) + "<img src=deep.jpg>" },
        page("deep nesting closed again") {
            String(repeating: "<div><p>a", count: 400) + String(repeating: "</p></div>b\n", count: 400) + "<p>tail"
        },
        page("12 MB of text") { "<p>" + String(repeating: "long text &amp; more ", count: 600_000) + "</p>" },
        page("huge script") { "<script>" + String(repeating: "var a = '<p>'; // x\n", count: 50_000) + "</script>" },
        page("80,000 lines") {
            (0..<80_000).map { $0 % 997 == 0 ? "<p id=p\($0)>line \($0)</p>" : "line \($0)" }.joined(separator: "\n")
        },
        page("elements, comments and CDATA past line 65,535") {
            String(repeating: "\n", count: 65_600) + "<div><!--c--><script>x</script><p>t<?pi x?>u</p></div>"
                + "<!--end--><img src=z.png>"
        },
        page("empty elements past line 65,535 after long text") {
            "<div>start" + String(repeating: "\n", count: 70_000) + "<br></div><p>x<img src=a.jpg></p>"
                + "<ul><li>a" + String(repeating: "\n", count: 10) + "<!--c--></ul><hr>"
        },
        page("capped line at document level") {
            "<!--a-->" + String(repeating: "\n", count: 65_540) + "</html><p>late<!--x-->"
        },
        page("misplaced html and body with attributes") {
            "<html lang=en><body class=a><p>x<html lang=fr data-x=1><body class=b id=c>y</body></html><body>z"
        },
        page("misplaced head") { "<html><head><title>t</title></head><body><head><meta charset=utf-8></head>x" },
        page("content after </html>") { "<html><body><p>a</p></body></html>\n<p>after</p>text<!--c--><div>d" },
        page("comment after </html> then content, twice") {
            "<html><body><p>a</p></body></html><!--x-->tail<p>b</p></html><?pi?><div>c<!--y--></div></html><p>d"
        },
        page("comment before html then late content") { "<!--first--><html><body>a</body></html><p>b" },
        page("doctype then late content") { "<!DOCTYPE html><html><body>a</body></html><p>b<!DOCTYPE x>" },
        page("misplaced doctype") { "<p>a<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">b<body>c" },
        page("strict doctype and blanks") {
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html>\n <head> <title>t</title> </head>\n"
                + " <body>\n <p> <b>x</b> <i>y</i> </p> \n <table> <tr> <td> a </td> </tr> </table>\n</body></html>"
        },
        page("unclosed tags") { "<div><p><b><i>text<ul><li>one<li>two<table><tr><td>cell<td>cell2<p>after" },
        page("CDATA sections and scripts") {
            "<p><![CDATA[inside]]>x</p><script>a<b</script><style>p{}</style><style></style><textarea>t&amp;</textarea>"
        },
        page("comments everywhere") {
            "<!--a--><!--b--><html><!--c--><head><!--d--></head><body><!--e-->t<!--f-->u<!---->v<!-- - -->"
        },
        page("processing instructions split text") { "<p>a<?php echo 1; ?>b<?xml version='1.0'?>c</p><?pi?>" },
        page("namespaced tags") {
            "<o:p>x</o:p><fb:like data-href=a></fb:like><a:1>y</a:1><:b>z</:b><c:>w</c:><x:y:z>v"
        },
        page("boolean and empty attributes") {
            "<input checked disabled=disabled value><option selected>o<img src alt=\"\" ismap NOHREF data-x>"
        },
        page("duplicate and upper-case attributes") { "<IMG SRC=a.jpg src=b.jpg ALT=One Class='A B' class=c ID=Main>" },
        page("entities in text and attributes") {
            "<p title=\"&lt;a&gt; &amp; &#x41; &nbsp;&copy &bogus; &#0; &#xD800;\">&lt;&amp&#65;&#x1F600;&unknown; &</p>"
        },
        page("whitespace only text") { "<html> <head> </head> <body> <div> </div> \n\t <p> </p> </body> </html> " },
        page("text before any tag") { "   hello <b>world</b>" },
        page("only text") { "just some text & more" },
        page("only whitespace") { " \n\t " },
        page("only a comment") { "<!-- alone -->" },
        page("bogus markup") { "<<>><a <=b> </ > <!> <!x> <? > </p </div> <a href='x>y</a> <p/>x<br/><img/src=a>" },
        page("NUL bytes") { "<p>a\u{0}b</p><img src=\"x\u{0}.jpg\"><!--\u{0}--><script>\u{0}</script>" },
        page("non-ASCII names and text") { "<p clâss=é>Zürich 中文 😀</p><dïv>x</dïv><P ÉTÉ=1>y" },
        page("table soup") { "<table><p>a<tr>b<td>c</table><table><caption>x<tbody><tr><th>h</th></tbody></table>" },
        page("forms and selects") { "<form><select><option>a<option>b</select><input type=text><button>b</form>" },
        Page(testDescription: "invalid UTF-8 and windows-1252 bytes") {
            Array("<p>caf".utf8) + [0xE9, 0x81, 0x8D, 0x20, 0xC3] + Array("<img alt=\"".utf8) + [0xFF, 0x22, 0x3E]
        },
        Page(testDescription: "UTF-8 BOM twice") { [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("<p>x".utf8) },
        Page(testDescription: "UTF-16LE with BOM") { [0xFF, 0xFE] + Array("<p>x</p>".utf8).flatMap { [$0, 0] } },
        Page(testDescription: "shift_jis declared") {
            Array("<meta charset=shift_jis><p>".utf8) + [0x82, 0xA0, 0x93, 0xFA] + Array("</p>".utf8)
        },
        page("repeated ids and anchor names") {
            "<p id=a>x<div id=a><a name=n>1</a><a name=n id=b>2</a><span name=n>3</span><i id=\"\">4</i><b id=\"\">"
        },
        page("xml:id") { "<p xml:id=1a>x</p><p xml:id=ok>y" },
        page("frameset") { "<frameset><frame src=a><noframes>t</noframes></frameset><p>x" },
    ]
}
