/// Brackets around credits: "Caption (Photo: Jane Doe/AP)", "Caption [CC BY 2.0]".
extension CreditSpanFinder {
    /// The index of an opening bracket right before `index` (spaces allowed between).
    static func bracketBefore(_ characters: [Character], _ index: Int) -> Int? {
        var position = index - 1
        while position >= 0 && characters[position] == " " { position -= 1 }
        guard position >= 0, characters[position] == "(" || characters[position] == "[" else { return nil }
        return position
    }

    /// The index of the bracket that closes the one at `open`, nested pairs skipped.
    static func matchingClose(_ characters: [Character], open: Int) -> Int? {
        let opener = characters[open]
        let closer: Character = opener == "(" ? ")" : "]"
        var depth = 0
        for position in open..<characters.count {
            if characters[position] == opener { depth += 1 }
            if characters[position] == closer {
                depth -= 1
                if depth == 0 { return position }
            }
        }
        return nil
    }

    /// The index of the bracket that opens the one at `close`, nested pairs skipped.
    static func matchingOpen(_ characters: [Character], close: Int) -> Int? {
        let closer = characters[close]
        let opener: Character = closer == ")" ? "(" : "["
        var depth = 0
        for position in stride(from: close, through: 0, by: -1) {
            if characters[position] == closer { depth += 1 }
            if characters[position] == opener {
                depth -= 1
                if depth == 0 { return position }
            }
        }
        return nil
    }
}
