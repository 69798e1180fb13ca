/// Why an image is not content: the stable kind that reports show as ``SkippedImage/reason``
/// and, when there is something to show, what the scanner saw (``SkippedImage/evidence``).
struct SkipDecision: Equatable {
    /// The kind (`related-posts`, `advertisement`, `icon` …).
    var reason: String
    /// A few words on what gave the image away, or nil when the reason says it all.
    var evidence: String?

    init(_ reason: String, _ evidence: String? = nil) {
        self.reason = reason
        self.evidence = evidence
    }

    /// How an element is named in evidence: its tag and first class (`div.related-posts`),
    /// or its id when it has no class.
    static func describe(_ node: HTMLNode) -> String {
        if let first = node.identifiers.classNames.first { return "\(node.name).\(first)" }
        if let id = node.attribute("id"), !id.isEmpty { return "\(node.name)#\(id)" }
        return node.name
    }
}
