import Testing

@testable import CreditLicenses

/// How text becomes tokens: the folding of letters beyond ASCII, the part each character
/// plays, and what a token records of the original.
@Suite("Tokenising")
struct TokenizeTests {
    /// Each token as "text:kind", gaps between them as "|gap|" when not a single space.
    static func shape(_ text: String) -> String {
        TextFolding.tokenize(text).map { token in
            let gap = token.gapBefore == " " || token.gapBefore.isEmpty ? "" : "|\(token.gapBefore)|"
            return "\(gap)\(token.text):\(token.kind)"
        }.joined(separator: " ")
    }

    @Test(
        "letters are folded, and each character starts, continues or ends a token",
        arguments: [
            ("Crédit: Ève Müller", "credit:word |: |eve:word muller:word"),
            ("STRAẞE Straße", "strasse:word strasse:word"),
            ("CC BY-SA ３．０", "cc:word by:word |-|sa:word 3.0:number"),
            ("Версия 4.0", "версия:word 4.0:number"),
            ("署名 4.0 国際", "署:cjk 名:cjk 4.0:number 国:cjk 際:cjk"),
            ("© Anna – „Titel“", "©:symbol anna:word | - \"|titel:word"),
            ("Ａｎｎａ　Ｌｅｅ", "anna:word lee:word"),
        ])
    func shapes(_ text: String, _ expected: String) {
        #expect(Self.shape(text) == expected)
    }

    @Test("a combining accent is folded away but stays inside the token's range")
    func combiningMark() throws {
        let text = "Cre\u{301}dit"
        let token = try #require(TextFolding.tokenize(text).first)
        #expect(token.text == "credit")
        #expect(text[token.range] == text[...])
    }

    @Test("upper case is read from the letters as written, beyond ASCII too")
    func upperCase() {
        let tokens = TextFolding.tokenize("ÉCOLE École école DE")
        #expect(tokens.map(\.isUppercase) == [true, false, false, true])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, true])
    }

    @Test("a full stop joins digits only when a number comes before it and a digit after it")
    func decimalPoints() {
        #expect(Self.shape("Version ４．０.") == "version:word 4.0:number")
        #expect(Self.shape("4 ．0") == "4:number | .|0:number")
        #expect(Self.shape("v4．x") == "v:word 4:number |.|x:word")
    }
}
