import CreditCore
import Foundation
import Yams

/// The settings in `.creditlint.yml`, found by walking up from the scanned folder.
///
/// Every key is optional; command-line options win over the file. Unknown keys are reported
/// as warnings so a typo does not silently change nothing.
public struct Configuration: Codable, Sendable, Equatable {
    /// The newest configuration version this creditlint understands.
    public static let currentVersion = 1
    /// The file name looked for in the scanned folder and its parents.
    public static let fileName = ".creditlint.yml"

    /// The configuration format version (default 1).
    public var version: Int?
    /// Whether the site is commercial (NC licences become errors).
    public var commercial: Bool?
    /// The lowest severity that fails the build.
    public var failOn: Severity?
    /// Globs of pages to scan.
    public var include: [String]?
    /// Globs of pages to skip.
    public var exclude: [String]?
    /// Per-rule severity: `error`, `warning`, `note` or `off`.
    public var rules: [String: String]?

    /// Creates an empty configuration.
    public init() {}

    static let knownKeys: Set<String> = ["version", "commercial", "failOn", "include", "exclude", "rules"]
}

/// A configuration file that was read, with the problems worth a warning.
public struct LoadedConfiguration: Sendable {
    /// The settings.
    public var configuration: Configuration
    /// The file they came from, nil when none was found.
    public var path: String?
    /// Warnings for the user (unknown keys and rule ids).
    public var warnings: [String]
}

extension Configuration {
    /// Finds the configuration for a scan root: `explicitPath` if given, else the nearest
    /// `.creditlint.yml` in the root or its parents.
    ///
    /// - Throws: ``CreditLintError/invalidConfiguration(path:reason:)`` for unreadable or
    ///   invalid YAML, wrong types, or a version newer than this creditlint.
    public static func load(forRoot root: String, explicitPath: String? = nil) throws -> LoadedConfiguration {
        guard let path = explicitPath ?? discover(from: root) else {
            return LoadedConfiguration(configuration: Configuration(), path: nil, warnings: [])
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CreditLintError.invalidConfiguration(path: path, reason: "cannot read it: \(FileWalker.reason(error))")
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws -> LoadedConfiguration {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CreditLintError.invalidConfiguration(path: path, reason: "invalid YAML: \(error)")
        }
        guard let node else {
            return LoadedConfiguration(configuration: Configuration(), path: path, warnings: [])
        }
        guard let mapping = node.mapping else {
            throw CreditLintError.invalidConfiguration(
                path: path, reason: "line \(node.mark?.line ?? 1): expected a mapping of settings")
        }
        var warnings: [String] = []
        for key in mapping.keys.compactMap(\.string) where !knownKeys.contains(key) {
            let line = mapping.keys.first { $0.string == key }?.mark?.line ?? 0
            warnings.append("\(path):\(line): unknown configuration key '\(key)' is ignored")
        }
        let configuration: Configuration
        do {
            configuration = try YAMLDecoder().decode(Configuration.self, from: node)
        } catch {
            throw CreditLintError.invalidConfiguration(path: path, reason: describe(error))
        }
        if let version = configuration.version, version > currentVersion {
            throw CreditLintError.invalidConfiguration(
                path: path,
                reason: "version \(version) is newer than this creditlint understands (\(currentVersion)); upgrade creditlint")
        }
        return LoadedConfiguration(configuration: configuration, path: path, warnings: warnings)
    }

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

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
            .keyNotFound(_, let context), .dataCorrupted(let context):
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            return key.isEmpty ? context.debugDescription : "'\(key)': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
