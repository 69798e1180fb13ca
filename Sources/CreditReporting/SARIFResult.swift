import CreditModel

// The parts of a SARIF log written once per finding. They write themselves (``JSONObject``)
// rather than going through `JSONEncoder`, whose cost per call would be most of rendering a
// large SARIF log.

extension SARIF {
    struct Result: JSONObject {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties?

        enum CodingKeys: String, CodingKey {
            case level, locations, message, partialFingerprints, properties, ruleId, ruleIndex
        }

        func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
            try members.field(CodingKeys.level, level)
            try members.field(CodingKeys.locations, locations)
            try members.field(CodingKeys.message, message)
            try members.field(CodingKeys.partialFingerprints, partialFingerprints)
            try members.field(CodingKeys.properties, ifPresent: properties)
            try members.field(CodingKeys.ruleId, ruleId)
            try members.field(CodingKeys.ruleIndex, ifPresent: ruleIndex)
        }
    }

    /// The image, suggestion, credit and licence behind a result: the report's own values
    /// under the report's own keys, so that fields added to them appear here too.
    struct ResultProperties: JSONObject {
        var image: String?
        var suggestion: String?
        var credit: ImageCredit?
        var license: ImageLicense?

        var isEmpty: Bool { image == nil && suggestion == nil && credit == nil && license == nil }

        func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
            try members.field(ScannedImage.CodingKeys.credit, ifPresent: credit)
            try members.field(Finding.CodingKeys.image, ifPresent: image)
            try members.field(ScannedImage.CodingKeys.license, ifPresent: license)
            try members.field(Finding.CodingKeys.suggestion, ifPresent: suggestion)
        }
    }

    struct Message: JSONObject {
        var text: String
        var markdown: String?

        enum CodingKeys: String, CodingKey {
            case markdown, text
        }

        func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
            try members.field(CodingKeys.markdown, ifPresent: markdown)
            try members.field(CodingKeys.text, text)
        }
    }

    struct Location: JSONObject {
        var physicalLocation: PhysicalLocation

        enum CodingKeys: String, CodingKey {
            case physicalLocation
        }

        func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
            try members.field(CodingKeys.physicalLocation, physicalLocation)
        }
    }

    struct PhysicalLocation: JSONObject {
        var artifactLocation: ArtifactLocation
        var region: Region

        enum CodingKeys: String, CodingKey {
            case artifactLocation, region
        }

        func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
            try members.field(CodingKeys.artifactLocation, artifactLocation)
            try members.field(CodingKeys.region, region)
        }
    }

    struct ArtifactLocation: JSONObject {
        var uri: String?
        var uriBaseId: String?
        var description: Message?

        enum CodingKeys: String, CodingKey {
            case description, uri, uriBaseId
        }

        func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
            try members.field(CodingKeys.description, ifPresent: description)
            try members.field(CodingKeys.uri, ifPresent: uri)
            try members.field(CodingKeys.uriBaseId, ifPresent: uriBaseId)
        }
    }

    struct Region: JSONObject {
        var startLine: Int
        var startColumn: Int?

        enum CodingKeys: String, CodingKey {
            case startColumn, startLine
        }

        func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
            try members.field(CodingKeys.startColumn, ifPresent: startColumn)
            try members.field(CodingKeys.startLine, startLine)
        }
    }
}
