import CreditModel

/// Builds the credit text a finding proposes, from what the credit already says.
///
/// The shape is `Photo: "<title>", <author> / <source> (<source URL>), <licence> (<licence URL>)`:
/// every part Creative Commons asks for, in the order readers expect. Parts the credit already
/// has are filled in; missing ones stay as `<placeholders>` so nobody publishes a guess.
/// The title appears only for licences of version 3.0 and older (4.0 dropped it), the source
/// link only for licences that ask for one.
enum CreditSuggestion {
    /// A complete credit for `credit` under `license`.
    ///
    /// - Parameters:
    ///   - credit: What the page says now, nil for an uncredited image.
    ///   - license: The licence to name; nil leaves a `<licence>` placeholder.
    static func make(credit: ImageCredit?, license: LicenseFacts?) -> String {
        let author = filled(credit?.author, or: "<author>")
        let source = filled(credit?.source, or: "<source>")
        var text = "Photo: "
        if license?.asksForTitle == true {
            text += "\"\(filled(credit?.title, or: "<title>"))\", "
        }
        text += "\(author) / \(source)"
        if license?.isCreativeCommonsAttribution == true {
            text += " (\(filled(credit?.sourceURL, or: "<link to the original>")))"
        }
        let name = license?.shortName ?? "<licence>"
        let url = license?.url ?? credit?.licenseURL ?? "<licence URL>"
        return text + ", \(name) (\(url))"
    }

    private static func filled(_ value: String?, or placeholder: String) -> String {
        guard let value, !value.allSatisfy(\.isWhitespace) else { return placeholder }
        return value
    }
}

extension ScannedImage {
    /// A short name for the image in messages: its file name, not a whole URL.
    var displayName: String {
        if src.lowercased().hasPrefix("data:") { return "(inline data: image)" }
        let path = src.split(separator: "?", maxSplits: 1).first.map(String.init) ?? src
        let trimmed = path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? path
        let name = trimmed.split(separator: "/").last.map(String.init) ?? ""
        return "\"\(name.isEmpty ? src : name)\""
    }
}
