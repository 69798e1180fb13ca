import CreditRules
import Foundation
import Yams

extension Configuration {
    /// The configuration creditlint uses when no file and no option says otherwise, with every
    /// rule at its default severity: what `creditlint dump-config` prints.
    public static var defaults: Configuration {
        var configuration = Configuration()
        configuration.version = currentVersion
        configuration.commercial = false
        configuration.failOn = .error
        configuration.include = []
        configuration.exclude = []
        configuration.allowEmpty = false
        configuration.maxFileSize = ScanOptions.defaultMaxFileSize
        configuration.jobs = 0
        configuration.keepRuns = ScanOptions.defaultKeepRuns
        configuration.format = ["text"]
        configuration.color = ColorChoice.auto.rawValue
        configuration.quiet = false
        configuration.strictBaseline = false
        configuration.reportUnusedIgnores = false
        var rules: [String: String] = [:]
        for rule in RuleRegistry.all { rules[rule.id] = rule.defaultSetting }
        configuration.rules = rules
        configuration.acceptedLicenses = []
        configuration.deniedLicenses = []
        configuration.creditSelectors = []
        configuration.contentSelectors = []
        configuration.ignoreSelectors = []
        configuration.licenses = []
        configuration.waivers = []
        return configuration
    }

    /// This configuration laid over `base`: every key set here wins, `rules` merge per rule.
    public func overlaying(_ base: Configuration) -> Configuration {
        var merged = base
        merged.version = version ?? base.version
        merged.commercial = commercial ?? base.commercial
        merged.failOn = failOn ?? base.failOn
        merged.maxWarnings = maxWarnings ?? base.maxWarnings
        merged.include = include ?? base.include
        merged.exclude = exclude ?? base.exclude
        merged.allowEmpty = allowEmpty ?? base.allowEmpty
        merged.maxFileSize = maxFileSize ?? base.maxFileSize
        merged.jobs = jobs ?? base.jobs
        merged.db = db ?? base.db
        merged.keepRuns = keepRuns ?? base.keepRuns
        merged.format = format ?? base.format
        merged.output = output ?? base.output
        merged.color = color ?? base.color
        merged.quiet = quiet ?? base.quiet
        merged.baseline = baseline ?? base.baseline
        merged.strictBaseline = strictBaseline ?? base.strictBaseline
        merged.reportUnusedIgnores = reportUnusedIgnores ?? base.reportUnusedIgnores
        merged.siteURL = siteURL ?? base.siteURL
        if let rules { merged.rules = (base.rules ?? [:]).merging(rules) { $1 } }
        merged.acceptedLicenses = acceptedLicenses ?? base.acceptedLicenses
        merged.deniedLicenses = deniedLicenses ?? base.deniedLicenses
        merged.creditSelectors = creditSelectors ?? base.creditSelectors
        merged.contentSelectors = contentSelectors ?? base.contentSelectors
        merged.ignoreSelectors = ignoreSelectors ?? base.ignoreSelectors
        merged.licenses = licenses ?? base.licenses
        merged.waivers = waivers ?? base.waivers
        return merged
    }

    /// The configuration as a `.creditlint.yml`: every key of ``keys`` in that order (`null`
    /// when unset, so that the dump shows every key there is), rules sorted, strings quoted
    /// only where YAML would read them as something else.
    ///
    /// Reading the text back gives an equal configuration, and dumping that gives the same text.
    public func yaml() throws -> String {
        var values: [String: Node] = [:]
        values["version"] = version.map(Self.number)
        values["commercial"] = commercial.map(Self.bool)
        values["failOn"] = failOn.map { Self.string($0.rawValue) }
        values["maxWarnings"] = maxWarnings.map(Self.number)
        values["include"] = include.map(Self.list)
        values["exclude"] = exclude.map(Self.list)
        values["allowEmpty"] = allowEmpty.map(Self.bool)
        values["maxFileSize"] = maxFileSize.map(Self.number)
        values["jobs"] = jobs.map(Self.number)
        values["db"] = db.map(Self.string)
        values["keepRuns"] = keepRuns.map(Self.number)
        values["format"] = format.map(Self.list)
        values["output"] = output.map(Self.string)
        values["color"] = color.map(Self.string)
        values["quiet"] = quiet.map(Self.bool)
        values["baseline"] = baseline.map(Self.string)
        values["strictBaseline"] = strictBaseline.map(Self.bool)
        values["reportUnusedIgnores"] = reportUnusedIgnores.map(Self.bool)
        values["siteURL"] = siteURL.map(Self.string)
        values["rules"] = rules.map { rules in
            Node.mapping(
                Node.Mapping(rules.sorted { $0.key < $1.key }.map { (Self.string($0.key), Self.string($0.value)) }))
        }
        values["acceptedLicenses"] = acceptedLicenses.map(Self.list)
        values["deniedLicenses"] = deniedLicenses.map(Self.list)
        values["creditSelectors"] = creditSelectors.map(Self.list)
        values["contentSelectors"] = contentSelectors.map(Self.list)
        values["ignoreSelectors"] = ignoreSelectors.map(Self.list)
        values["licenses"] = licenses.map { Node.sequence(Node.Sequence($0.map(Self.node))) }
        values["waivers"] = waivers.map { Node.sequence(Node.Sequence($0.map(Self.node))) }
        assert(Set(values.keys).isSubset(of: Self.knownKeys), "a dumped key is missing from Configuration.keys")
        let null = Node("null", Tag(.null))
        let pairs = Self.keys.map { (Self.string($0), values[$0] ?? null) }
        return try Yams.serialize(node: .mapping(Node.Mapping(pairs)), sortKeys: false)
    }

    private static func node(_ license: ExtraLicense) -> Node {
        var pairs: [(Node, Node)] = [(string("id"), string(license.id)), (string("family"), string(license.family))]
        func add(_ key: String, _ value: Node?) {
            if let value { pairs.append((string(key), value)) }
        }
        add("name", license.name.map(string))
        add("url", license.url.map(string))
        add("attribution", license.attribution.map(bool))
        add("sharealike", license.sharealike.map(bool))
        add("noncommercial", license.noncommercial.map(bool))
        add("noderivatives", license.noderivatives.map(bool))
        add("aliases", license.aliases.map(list))
        add("urls", license.urls.map(list))
        return .mapping(Node.Mapping(pairs))
    }

    private static func node(_ waiver: Waiver) -> Node {
        var pairs: [(Node, Node)] = []
        func add(_ key: String, _ value: String?) {
            if let value { pairs.append((string(key), string(value))) }
        }
        add("path", waiver.path)
        add("image", waiver.image)
        add("rule", waiver.rule)
        add("reason", waiver.reason)
        add("expires", waiver.expires)
        return .mapping(Node.Mapping(pairs))
    }

    private static func string(_ value: String) -> Node {
        // A plain scalar that YAML would read as a number, boolean or null gets quotes.
        let plain = Node(value)
        let resolvesToString = Resolver.default.resolveTag(of: plain) == .str
        return Node(value, Tag(.str), resolvesToString ? .any : .singleQuoted)
    }

    private static func number(_ value: Int) -> Node { Node(String(value), Tag(.int)) }
    private static func bool(_ value: Bool) -> Node { Node(value ? "true" : "false", Tag(.bool)) }
    private static func list(_ values: [String]) -> Node {
        .sequence(Node.Sequence(values.map(string), Tag(.seq), values.isEmpty ? .flow : .block))
    }
}
