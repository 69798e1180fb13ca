/// Why the scanner decided what it did about one image: the evidence behind keeping it as
/// content (the article it sits in, the strategy that found its credit, where its licence was
/// read) or behind skipping it (the check that decided, the signals that fired).
///
/// A scan fills only what it knows already, cheaply: `article`, `inArticle`, `strategy` and
/// `licenseFrom` for a content image; `check`, `summary`, `signals`, `threshold` and
/// `duplicateOf` for a skipped one. `creditlint explain` also fills `articleBasis`,
/// `candidates` (a second run of every credit strategy) and a linked content image's teaser
/// `signals`. Part of the JSON contract
/// (`images[].evidence`, `skipped[].evidence`).
public struct ImageEvidence: Sendable, Codable, Hashable {
    /// The element taken as the article, as a short selector and its line
    /// (`article.story-body (line 40)`); nil when the page has no recognisable article.
    public var article: String?
    /// Why that element was taken as the article: its kind and its share of the page's
    /// story text (`explain` only).
    public var articleBasis: String?
    /// What every other credit strategy finds for the image, and why each lost
    /// (`explain` only).
    public var candidates: [CreditCandidate]?
    /// The skip check that decided (`link`, `container`, `size`, `image-url`, `duplicate` …).
    public var check: String?
    /// For a copy of a content image, the URL of the image it duplicates.
    public var duplicateOf: String?
    /// Whether the image sits inside the article element.
    public var inArticle: Bool?
    /// The element and line the licence was read from (`a[rel=license] (line 52)`).
    public var licenseFrom: String?
    /// The signals a weighed decision counted (the teaser rule), each with its weight; for
    /// `explain`, also those a content image that links to another page was kept despite.
    public var signals: [EvidenceSignal]?
    /// The credit strategy of the cascade that found the credit (`caption-credit-element`).
    public var strategy: String?
    /// What gave a skipped image away, in a few words for a reader ("links to another page;
    /// a headline beside it links there too").
    public var summary: String?
    /// The total weight of `signals` a weighed decision needs.
    public var threshold: Int?

    /// Creates evidence; every member is optional.
    public init(
        article: String? = nil, articleBasis: String? = nil, candidates: [CreditCandidate]? = nil,
        check: String? = nil, duplicateOf: String? = nil, inArticle: Bool? = nil, licenseFrom: String? = nil,
        signals: [EvidenceSignal]? = nil, strategy: String? = nil, summary: String? = nil, threshold: Int? = nil
    ) {
        self.article = article
        self.articleBasis = articleBasis
        self.candidates = candidates
        self.check = check
        self.duplicateOf = duplicateOf
        self.inArticle = inArticle
        self.licenseFrom = licenseFrom
        self.signals = signals
        self.strategy = strategy
        self.summary = summary
        self.threshold = threshold
    }

    /// Reads the object, or a string: reports and databases written before evidence was an
    /// object held the one-line summary alone.
    public init(from decoder: any Decoder) throws {
        if let summary = try? decoder.singleValueContainer().decode(String.self) {
            self.init(summary: summary)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            article: try container.decodeIfPresent(String.self, forKey: .article),
            articleBasis: try container.decodeIfPresent(String.self, forKey: .articleBasis),
            candidates: try container.decodeIfPresent([CreditCandidate].self, forKey: .candidates),
            check: try container.decodeIfPresent(String.self, forKey: .check),
            duplicateOf: try container.decodeIfPresent(String.self, forKey: .duplicateOf),
            inArticle: try container.decodeIfPresent(Bool.self, forKey: .inArticle),
            licenseFrom: try container.decodeIfPresent(String.self, forKey: .licenseFrom),
            signals: try container.decodeIfPresent([EvidenceSignal].self, forKey: .signals),
            strategy: try container.decodeIfPresent(String.self, forKey: .strategy),
            summary: try container.decodeIfPresent(String.self, forKey: .summary),
            threshold: try container.decodeIfPresent(Int.self, forKey: .threshold))
    }
}

/// One signal of a weighed decision: what fired and how much it counts.
public struct EvidenceSignal: Sendable, Codable, Hashable {
    /// What was seen, for a reader (`class word "teaser" on div.card`).
    public var detail: String
    /// The signal's kebab-case name (`headline-beside`, `repeated-cards`).
    public var name: String
    /// How much it counts towards the decision's threshold; negative counts against.
    public var weight: Int

    /// Creates a signal.
    public init(name: String, weight: Int, detail: String) {
        self.detail = detail
        self.name = name
        self.weight = weight
    }
}

/// What one credit strategy finds for an image when run on its own, and why it did not win.
public struct CreditCandidate: Sendable, Codable, Hashable {
    /// The strategy whose credit the image has instead, nil when no strategy won.
    public var lostTo: String?
    /// Why this candidate is not the image's credit, in a phrase.
    public var reason: String
    /// The strategy's name in the cascade.
    public var strategy: String
    /// The credit text it finds.
    public var text: String

    /// Creates a candidate.
    public init(strategy: String, text: String, lostTo: String?, reason: String) {
        self.lostTo = lostTo
        self.reason = reason
        self.strategy = strategy
        self.text = text
    }
}

extension ImageEvidence: JSONObject {
    /// The member names, declared because the run database's reader names them too.
    package enum CodingKeys: String, CodingKey {
        case article, articleBasis, candidates, check, duplicateOf, inArticle, licenseFrom, signals, strategy
        case summary, threshold
    }

    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.article, ifPresent: article)
        try members.field(CodingKeys.articleBasis, ifPresent: articleBasis)
        try members.field(CodingKeys.candidates, ifPresent: candidates)
        try members.field(CodingKeys.check, ifPresent: check)
        try members.field(CodingKeys.duplicateOf, ifPresent: duplicateOf)
        try members.field(CodingKeys.inArticle, ifPresent: inArticle)
        try members.field(CodingKeys.licenseFrom, ifPresent: licenseFrom)
        try members.field(CodingKeys.signals, ifPresent: signals)
        try members.field(CodingKeys.strategy, ifPresent: strategy)
        try members.field(CodingKeys.summary, ifPresent: summary)
        try members.field(CodingKeys.threshold, ifPresent: threshold)
    }
}

extension EvidenceSignal: JSONObject {
    /// The member names, declared because the run database's reader names them too.
    package enum CodingKeys: String, CodingKey {
        case detail, name, weight
    }

    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.detail, detail)
        try members.field(CodingKeys.name, name)
        try members.field(CodingKeys.weight, weight)
    }
}

extension CreditCandidate: JSONObject {
    /// The member names, declared because the run database's reader names them too.
    package enum CodingKeys: String, CodingKey {
        case lostTo, reason, strategy, text
    }

    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.lostTo, ifPresent: lostTo)
        try members.field(CodingKeys.reason, reason)
        try members.field(CodingKeys.strategy, strategy)
        try members.field(CodingKeys.text, text)
    }
}
