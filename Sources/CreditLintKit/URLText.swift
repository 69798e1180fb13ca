/// Image URLs as text, read from their ends only where that is enough: a `src` can be a
/// `data:` URI of many kilobytes, and a page can hold hundreds of them.
enum URLText {
    /// The URL without the white space around it. Foundation's `trimmingCharacters(in:)`
    /// converts the whole string, which costs more than the rest of resolving a long `data:` URI.
    static func trimmed(_ url: String) -> Substring {
        var text = Substring(url)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    /// The segments of `path` resolved against the folder segments `base` (`.` dropped, `..`
    /// going up), or nil when the path climbs above the root or names nothing.
    static func resolved(_ path: Substring, under base: [Substring]) -> [Substring]? {
        var segments = base
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments
    }
}
