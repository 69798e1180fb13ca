/// A credit the article states away from its pictures ("Main image: …", "All photos: …",
/// an entry of a credits list), with the pictures it speaks of.
struct CreditStatement {
    /// The statement as a credit.
    var credit: LocatedCredit
    /// Which pictures it covers.
    var scope: StatementScope
    /// Where it starts in the document.
    var start: Int
    /// The element whose pictures it may cover (the article, or the part a closing line
    /// ends); nil for the whole page.
    var covered: Int?
}

/// A credits list: a label ("Bildnachweis:", "Image credits") and the entries after it.
struct CreditsList {
    /// The whole list, for pictures it covers without saying which entry is theirs.
    var whole: LocatedCredit
    /// One statement per entry, in order.
    var entries: [CreditStatement]
}

/// Every credit statement of one article (``CreditStatementFinder``).
struct ArticleCredits {
    /// Statements that stand on their own line.
    var lines: [CreditStatement] = []
    /// Credits lists.
    var lists: [CreditsList] = []

    /// Whether the article states no credit away from its pictures.
    var isEmpty: Bool { lines.isEmpty && lists.isEmpty }
}
