import CreditDocument
import CreditModel

/// Why an image is not content: the stable kind that reports show as ``SkippedImage/reason``
/// and, when there is something to show, what the scanner saw (``SkippedImage/evidence``).
struct SkipDecision: Equatable {
    /// The kind (`related-posts`, `advertisement`, `icon` …).
    var reason: String
    /// A few words on what gave the image away, or nil when the reason says it all.
    var evidence: String?
    /// The check of ``ImageSkipRules`` that decided (`attributes`, `link`, `size` …), set by
    /// ``ImageSkipRules/reason(for:urls:)``.
    var check = ""
    /// For a weighed decision, the signals that fired and their weights.
    var signals: [EvidenceSignal]?
    /// For a weighed decision, the weight it needs.
    var threshold: Int?
    /// Whether the reason is about the picture's surroundings (where its link leads, the box
    /// it sits in) rather than the file, so that another copy of the file is judged afresh.
    var isAboutSurroundings = false

    init(_ reason: String, _ evidence: String? = nil) {
        self.reason = reason
        self.evidence = evidence
    }

    /// A reason given by what surrounds the picture, not by the picture file.
    static func surroundings(_ reason: String, _ evidence: String) -> SkipDecision {
        var decision = SkipDecision(reason, evidence)
        decision.isAboutSurroundings = true
        return decision
    }

    /// The decision, naming the check that made it.
    func checked(_ check: String) -> SkipDecision {
        var decision = self
        decision.check = check
        return decision
    }

    /// The decision as the report's evidence.
    var imageEvidence: ImageEvidence {
        ImageEvidence(check: check, signals: signals, summary: evidence, threshold: threshold)
    }

    /// How an element is named in evidence: its tag and first class (`div.related-posts`),
    /// or its id when it has no class.
    static func describe(_ node: HTMLNode) -> String {
        if let first = node.identifiers.classNames.first { return "\(node.name).\(first)" }
        if let id = node.attribute("id"), !id.isEmpty { return "\(node.name)#\(id)" }
        return node.name
    }
}
