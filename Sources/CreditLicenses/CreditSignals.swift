/// The evidence that a text is a credit, and the confidence it adds up to.
struct CreditSignals {
    /// A label word ("Photo:", "Foto", "Courtesy of").
    var label = false
    /// A ©-sign or "Copyright".
    var copyright = false
    /// A licence named or linked.
    var license = false
    /// A known agency, stock library or platform.
    var source = false
    /// "by X" or "X via Y" / "X on Unsplash".
    var by = false
    var via = false
    /// "Own work".
    var ownWork = false

    /// 0 … 1. Each kind of evidence adds a fixed weight; none of it leaves a short text
    /// that might be a bare name at 0.15 and a sentence at 0.05, so a descriptive caption never
    /// reads as a credit.
    func confidence(for text: String, author: String?) -> Double {
        var score = 0.0
        if label { score += 0.5 }
        if copyright { score += 0.55 }
        if license { score += 0.45 }
        if source { score += 0.5 }
        if via { score += 0.25 }
        if by { score += 0.2 }
        if ownWork { score += 0.2 }
        if score == 0 {
            let words = text.splittingOnWhitespace().count
            return words <= 4 && author != nil ? 0.15 : 0.05
        }
        return min(1, score)
    }
}
