/// How sure a credit strategy is that what it finds is the image's credit.
///
/// The cascade (``CreditCascade``) tries the surest strategies first, so its order follows
/// this one: a test holds the list to it.
enum CreditConfidence: Int, Comparable, CaseIterable, Sendable {
    /// Readers do not see it: structured data, the image's own `alt` or `title`.
    case hidden
    /// Stated away from the image (a sentence linking to the same page, the article's credit
    /// statements, the byline) and tied to it by a link, its place, its subject or the story.
    case stated
    /// A line beside the image, its box or its group of pictures.
    case adjacent
    /// In the image's box but outside its caption: an attribute, loose text.
    case boxed
    /// In the image's caption, set apart by a label, an element or the caption's layout.
    case captioned
    /// An element in the image's box whose class, id or tag marks it as the credit.
    case marked

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether readers see a credit found with this confidence.
    var isVisible: Bool { self != .hidden }
}
