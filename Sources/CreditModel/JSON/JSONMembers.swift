/// What a ``JSONObject`` hands its members to: the fast ``JSONWriter``, an `Encoder`'s keyed
/// container (the object's `Encodable` conformance), or a test reading the object's shape.
///
/// How a member is handed over says when its key is there: always, always but `null` when
/// the value is nil, or only when there is a value.
package protocol JSONMembers {
    /// What handing a member over can throw: `Never` for the writer.
    associatedtype Failure: Error

    /// A member that is always there.
    mutating func field<Key: CodingKey>(_ key: Key, _ value: some JSONWritable) throws(Failure)
    /// A member that is always there, `null` when `value` is nil.
    mutating func field<Key: CodingKey>(_ key: Key, orNull value: (some JSONWritable)?) throws(Failure)
    /// A member that is left out when `value` is nil.
    mutating func field<Key: CodingKey>(_ key: Key, ifPresent value: (some JSONWritable)?) throws(Failure)
}

/// The members of an object put into an `Encoder`'s keyed container, as a synthesized
/// `encode(to:)` would: `encode` for a member always there (`null` for nil), `encodeIfPresent`
/// for one left out.
struct EncoderMembers: JSONMembers {
    typealias Failure = any Error

    private var container: KeyedEncodingContainer<MemberKey>

    init(_ encoder: any Encoder) {
        container = encoder.container(keyedBy: MemberKey.self)
    }

    mutating func field<Key: CodingKey>(_ key: Key, _ value: some JSONWritable) throws {
        try container.encode(value, forKey: MemberKey(key))
    }

    mutating func field<Key: CodingKey>(_ key: Key, orNull value: (some JSONWritable)?) throws {
        try container.encode(value, forKey: MemberKey(key))
    }

    mutating func field<Key: CodingKey>(_ key: Key, ifPresent value: (some JSONWritable)?) throws {
        try container.encodeIfPresent(value, forKey: MemberKey(key))
    }

    /// Any object's key: a container is keyed by one type, and an object may take some of its
    /// keys from another type's `CodingKeys` (SARIF's result properties take the report's).
    struct MemberKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }

        init(_ key: some CodingKey) { stringValue = key.stringValue }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
