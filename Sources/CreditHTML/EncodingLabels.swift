import Foundation

/// Maps charset labels found in pages to WHATWG encoding names and to the names iconv knows.
enum EncodingLabels {
    /// The WHATWG encoding name for a label, or nil for a label no browser knows.
    static func whatwgName(forLabel label: String) -> String? {
        let key = label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return labels[key]
    }

    /// The name to hand libxml2 (which passes it to iconv) for a WHATWG encoding.
    static func iconvName(forWHATWG name: String) -> String {
        switch name {
        case "gbk": "GBK"
        case "shift_jis": "SHIFT_JIS"
        case "x-mac-cyrillic": "MAC-CYRILLIC"
        case "macintosh": "MACINTOSH"
        case "iso-8859-8-i": "ISO-8859-8"
        case "x-user-defined": "windows-1252"
        default: name.uppercased()
        }
    }

    // Labels from the WHATWG Encoding Standard's table (data), for the encodings that matter on
    // article pages; unknown labels are ignored, as browsers do.
    private static let groups: [(String, [String])] = [
        ("utf-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
        (
            "windows-1252",
            [
                "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
                "windows-1252", "x-cp1252",
            ]
        ),
        (
            "iso-8859-2",
            ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "l2", "latin2"]
        ),
        ("iso-8859-3", ["csisolatin3", "iso-8859-3", "iso8859-3", "iso88593", "iso_8859-3", "l3", "latin3"]),
        ("iso-8859-4", ["csisolatin4", "iso-8859-4", "iso8859-4", "iso88594", "iso_8859-4", "l4", "latin4"]),
        ("iso-8859-5", ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso8859-5", "iso88595", "iso_8859-5"]),
        ("iso-8859-6", ["arabic", "asmo-708", "iso-8859-6", "iso8859-6", "iso88596", "iso_8859-6"]),
        (
            "iso-8859-7",
            ["ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso8859-7", "iso88597", "iso_8859-7"]
        ),
        ("iso-8859-8", ["csisolatinhebrew", "hebrew", "iso-8859-8", "iso8859-8", "iso88598", "iso_8859-8", "visual"]),
        ("iso-8859-8-i", ["csiso88598i", "iso-8859-8-i", "logical"]),
        ("iso-8859-10", ["csisolatin6", "iso-8859-10", "iso8859-10", "iso885910", "l6", "latin6"]),
        ("iso-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"]),
        ("iso-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"]),
        ("iso-8859-15", ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
        ("iso-8859-16", ["iso-8859-16"]),
        ("koi8-r", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        ("koi8-u", ["koi8-ru", "koi8-u"]),
        ("macintosh", ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        ("windows-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
        ("windows-1250", ["cp1250", "windows-1250", "x-cp1250"]),
        ("windows-1251", ["cp1251", "windows-1251", "x-cp1251"]),
        ("windows-1253", ["cp1253", "windows-1253", "x-cp1253"]),
        (
            "windows-1254",
            [
                "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
                "l5", "latin5", "windows-1254", "x-cp1254",
            ]
        ),
        ("windows-1255", ["cp1255", "windows-1255", "x-cp1255"]),
        ("windows-1256", ["cp1256", "windows-1256", "x-cp1256"]),
        ("windows-1257", ["cp1257", "windows-1257", "x-cp1257"]),
        ("windows-1258", ["cp1258", "windows-1258", "x-cp1258"]),
        ("x-mac-cyrillic", ["x-mac-cyrillic", "x-mac-ukrainian"]),
        (
            "gbk",
            [
                "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
                "x-gbk",
            ]
        ),
        ("gb18030", ["gb18030"]),
        ("big5", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        ("euc-jp", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        ("iso-2022-jp", ["csiso2022jp", "iso-2022-jp"]),
        ("shift_jis", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
        (
            "euc-kr",
            [
                "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                "ksc5601", "ksc_5601", "windows-949",
            ]
        ),
        ("utf-16be", ["unicodefffe", "utf-16be"]),
        ("utf-16le", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]),
        ("x-user-defined", ["x-user-defined"]),
    ]

    private static let labels: [String: String] = {
        var table: [String: String] = [:]
        for (name, aliases) in groups {
            for alias in aliases { table[alias] = name }
        }
        return table
    }()
}
