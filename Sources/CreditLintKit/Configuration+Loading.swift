import CreditDocument
import CreditLicenses
import CreditReporting
import Foundation
import Yams

extension Configuration {
    /// Finds the configuration for a scan root: `explicitPath` if given, else the nearest
    /// `.creditlint.yml` in the root or its parents.
    ///
    /// - Throws: ``CreditLintError/invalidConfiguration(path:reason:)`` for unreadable or
    ///   invalid YAML, wrong types, or a version newer than this creditlint; the reason
    ///   starts with `line N:` whenever the file has a line to blame.
    public static func load(forRoot root: String, explicitPath: String? = nil) throws -> LoadedConfiguration {
        guard let path = explicitPath ?? discover(from: root) else {
            return LoadedConfiguration(configuration: Configuration(), path: nil)
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CreditLintError.invalidConfiguration(
                path: path, reason: "cannot read it: \(FileWalker.reason(error))")
        }
        return try parse(text, path: path)
    }

    /// Reads configuration text; `path` names the file in messages.
    public static func parse(_ text: String, path: String) throws -> LoadedConfiguration {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CreditLintError.invalidConfiguration(path: path, reason: describe(yamlError: error))
        } catch {
            throw CreditLintError.invalidConfiguration(path: path, reason: "invalid YAML: \(error)")
        }
        guard let node else {
            return LoadedConfiguration(configuration: Configuration(), path: path)
        }
        guard let mapping = node.mapping else {
            throw CreditLintError.invalidConfiguration(
                path: path, reason: "line \(node.mark?.line ?? 1): expected a mapping of settings")
        }
        var warnings: [String] = []
        for key in mapping.keys where !knownKeys.contains(key.string ?? "") {
            let name = key.string ?? ""
            warnings.append(
                "\(path):\(key.mark?.line ?? 0): unknown configuration key '\(name)' is ignored"
                    + NameSuggestion.hint(for: name, among: keys))
        }
        // A typo inside a waiver or licence ("expire:") would otherwise be dropped silently.
        for (list, known) in [("waivers", waiverKeys), ("licenses", licenseKeys)] {
            for item in mapping[list]?.sequence ?? [] {
                for key in item.mapping.map({ Array($0.keys) }) ?? [] where !known.contains(key.string ?? "") {
                    let name = key.string ?? ""
                    warnings.append(
                        "\(path):\(key.mark?.line ?? 0): unknown key '\(name)' in \(list) is ignored"
                            + NameSuggestion.hint(for: name, among: known.sorted()))
                }
            }
        }
        let configuration: Configuration
        do {
            configuration = try YAMLDecoder().decode(Configuration.self, from: node)
        } catch {
            throw CreditLintError.invalidConfiguration(path: path, reason: describe(error, in: node))
        }
        try validate(configuration, node: node, path: path)
        let waiverLines = node["waivers"]?.sequence?.map { $0.mark?.line ?? 0 } ?? []
        var ruleLines: [String: Int] = [:]
        for key in node["rules"]?.mapping.map({ Array($0.keys) }) ?? [] {
            if let id = key.string { ruleLines[id] = key.mark?.line ?? 0 }
        }
        return LoadedConfiguration(
            configuration: configuration, path: path, warnings: warnings, waiverLines: waiverLines,
            ruleLines: ruleLines)
    }

    /// Checks what types alone cannot: the version, dates, required reasons, licence families.
    private static func validate(_ configuration: Configuration, node: Node, path: String) throws {
        func fail(_ keys: [String], _ reason: String) -> CreditLintError {
            let line = lookup(keys, in: node)?.mark?.line ?? 1
            return CreditLintError.invalidConfiguration(path: path, reason: "line \(line): \(reason)")
        }
        if let version = configuration.version, version > currentVersion {
            throw fail(
                ["version"],
                "version \(version) is newer than this creditlint understands (\(currentVersion)); upgrade creditlint")
        }
        for (index, format) in (configuration.format ?? []).enumerated() {
            let name = String(format.prefix { $0 != "=" })
            if ReportFormat(rawValue: name) == nil {
                throw fail(
                    ["format", "\(index)"],
                    "format: '\(name)' is not one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if let color = configuration.color, ColorChoice(rawValue: color) == nil {
            throw fail(
                ["color"],
                "color: '\(color)' is not one of \(ColorChoice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let maxWarnings = configuration.maxWarnings, maxWarnings < 0 {
            throw fail(["maxWarnings"], "maxWarnings must be 0 or more")
        }
        if let keepRuns = configuration.keepRuns, keepRuns < 0 {
            throw fail(["keepRuns"], "keepRuns must be 0 (keep every run) or more")
        }
        if let jobs = configuration.jobs, jobs < 0 {
            throw fail(["jobs"], "jobs must be 0 (one per core) or more")
        }
        for (index, waiver) in (configuration.waivers ?? []).enumerated() {
            let keys = ["waivers", "\(index)"]
            if waiver.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                throw fail(keys + ["reason"], "waivers[\(index)]: a waiver needs a reason")
            }
            if waiver.path == nil && waiver.image == nil {
                throw fail(keys, "waivers[\(index)]: give 'path' (a page glob) or 'image' (an image URL glob)")
            }
            if let expires = waiver.expires, WaiverDate(expires) == nil {
                throw fail(keys + ["expires"], "waivers[\(index)].expires: '\(expires)' is not a date (YYYY-MM-DD)")
            }
        }
        let families = Set(LicenseDefinition.Family.allCases.map(\.rawValue))
        for (index, license) in (configuration.licenses ?? []).enumerated() where !families.contains(license.family) {
            throw fail(
                ["licenses", "\(index)", "family"],
                "licenses[\(index)].family: '\(license.family)' is not one of \(families.sorted().joined(separator: ", "))"
            )
        }
        for key in ["creditSelectors", "contentSelectors", "ignoreSelectors"] {
            for (index, item) in (lookup([key], in: node)?.sequence ?? []).enumerated() {
                if let problem = CSSSelector.problem(in: item.string ?? "") {
                    throw fail([key, "\(index)"], "\(key)[\(index)]: \(problem)")
                }
            }
        }
    }

    static let waiverKeys: Set<String> = ["path", "image", "rule", "reason", "expires"]
    static let licenseKeys: Set<String> = [
        "id", "family", "name", "url", "attribution", "sharealike", "noncommercial", "noderivatives",
        "aliases", "urls",
    ]

    /// The nearest `.creditlint.yml` in the folder (or a file's folder) and its parents.
    static func discover(from root: String) -> String? {
        var folder = URL(fileURLWithPath: root).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            folder.deleteLastPathComponent()
        }
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The node at a coding path (mapping keys and sequence indices), for its line.
    static func lookup(_ keys: [String], in node: Node) -> Node? {
        var current: Node? = node
        for key in keys {
            guard let here = current else { return nil }
            if let sequence = here.sequence, let index = Int(key), sequence.indices.contains(index) {
                current = sequence[index]
            } else {
                current = here.mapping?[key]
            }
        }
        return current
    }

    private static func describe(yamlError error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return "line \(mark.line): invalid YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            return "line \(context.mark.line): duplicate keys: \(duplicates.joined(separator: ", "))"
        default:
            return "invalid YAML: \(error)"
        }
    }

    private static func describe(_ error: any Error, in root: Node) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
            .keyNotFound(_, let context), .dataCorrupted(let context):
            var keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            // A missing key has no node of its own: blame the mapping that lacks it.
            if case .keyNotFound(let key, _) = decoding { keys.removeAll { $0 == key.stringValue } }
            var node = lookup(keys, in: root)
            var parentKeys = keys
            while node == nil, !parentKeys.isEmpty {
                parentKeys.removeLast()
                node = lookup(parentKeys, in: root)
            }
            let line = node?.mark?.line ?? 1
            let key = keys.joined(separator: ".")
            let what: String
            switch decoding {
            case .keyNotFound(let missing, _): what = "'\(missing.stringValue)' is required"
            case .typeMismatch(let type, _): what = "expected \(Self.typeName(type))"
            default:
                what =
                    context.debugDescription.contains("Severity")
                    ? "expected error, warning or note" : context.debugDescription
            }
            return "line \(line): " + (key.isEmpty ? what : "'\(key)': \(what)")
        @unknown default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "true or false"
        case is Int.Type: "a whole number"
        case is String.Type: "a string"
        default:
            ["Array", "Sequence"].contains { "\(type)".contains($0) }
                ? "a list"
                : ["Dictionary", "Mapping"].contains { "\(type)".contains($0) } ? "a mapping" : "\(type)"
        }
    }
}

/// A `YYYY-MM-DD` date, compared as a day number so no time zone or clock is involved.
public struct WaiverDate: Sendable, Comparable, CustomStringConvertible {
    let year: Int, month: Int, day: Int

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Today in UTC.
    public static func today(_ now: Date = Date()) -> WaiverDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return WaiverDate(text) ?? WaiverDate(year: 1970, month: 1, day: 1)
    }

    private init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// `YYYY-MM-DD`.
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Orders dates by day.
    public static func < (lhs: WaiverDate, rhs: WaiverDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
