/// The subset of the SARIF 2.1.0 object model that ``SARIFRenderer`` writes.
///
/// Property names are SARIF's own; optional properties are left out when nil, which is what
/// the synthesised `Encodable` conformance does. The log's skeleton (rules, invocations) is
/// written once, by `JSONEncoder`; the results, one per finding, write themselves (see
/// `SARIFResult.swift`).
enum SARIF {
    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var originalUriBaseIds: [String: ArtifactLocation]
        var results: [Result]
        var columnKind = "unicodeCodePoints"

        enum CodingKeys: String, CodingKey {
            case columnKind, invocations, originalUriBaseIds, results, tool
        }
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var tags: [String]
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var startTimeUtc: String
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [Location]
        var descriptor: DescriptorReference
    }

    struct DescriptorReference: Encodable {
        var id: String
        var index: Int?
    }
}
