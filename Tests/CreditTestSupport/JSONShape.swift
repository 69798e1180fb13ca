import CreditCore

/// The members each ``JSONObject`` type lists (``JSONObject/encodeMembers(to:)``), read by
/// walking a value and every object inside it, beside the type's stored properties: what tests
/// hold the types' descriptions and the published schema to.
///
/// ```swift
/// let shapes = JSONShape.shapes(of: document)
/// shapes["ImageCredit"]?.members.map(\.key)   // ["author", "caption", …]
/// ```
public struct JSONShape: Sendable {
    /// The members, in the order the type lists them.
    public var members: [Member]
    /// The names of the type's stored properties, in declaration order.
    public var storedProperties: [String]

    /// When a member's key is in the JSON.
    public enum Presence: String, Sendable {
        /// Always, with a value.
        case always
        /// Always, `null` when the value is nil.
        case orNull
        /// Only when there is a value.
        case ifPresent
    }

    /// One member as its type lists it.
    public struct Member: Equatable, Sendable {
        public var key: String
        public var presence: Presence
    }

    /// The members by key.
    public var presenceByKey: [String: Presence] {
        Dictionary(members.map { ($0.key, $0.presence) }, uniquingKeysWith: { first, _ in first })
    }

    /// The shape of a type that is not a ``JSONObject``, whose `Encodable` conformance is the
    /// synthesized one: a member per stored property, left out when nil if it is an optional.
    public init(synthesizedFrom value: Any) {
        let children = Mirror(reflecting: value).children
        storedProperties = children.compactMap(\.label)
        members = children.compactMap { child in
            guard let label = child.label else { return nil }
            let optional = Mirror(reflecting: child.value).displayStyle == .optional
            return Member(key: label, presence: optional ? .ifPresent : .always)
        }
    }

    init(members: [Member], storedProperties: [String]) {
        self.members = members
        self.storedProperties = storedProperties
    }

    /// The shapes of `value`'s type and of every object type reached inside it, by type name.
    package static func shapes(of value: some JSONObject) -> [String: JSONShape] {
        var recorder = Recorder()
        recorder.visit(value)
        return recorder.shapes
    }

    private struct Recorder: JSONMembers {
        typealias Failure = Never

        var shapes: [String: JSONShape] = [:]
        /// The members of the object being read, innermost last.
        private var open: [[Member]] = []

        mutating func visit(_ object: some JSONObject) {
            open.append([])
            object.encodeMembers(to: &self)
            let listed = open.removeLast()
            // Every instance lists the same members; the first one reached stands for its type.
            let name = String(describing: type(of: object))
            if shapes[name] == nil {
                shapes[name] = JSONShape(
                    members: listed, storedProperties: Mirror(reflecting: object).children.compactMap(\.label))
            }
        }

        mutating func field<Key: CodingKey>(_ key: Key, _ value: some JSONWritable) {
            record(key, .always, value)
        }

        mutating func field<Key: CodingKey>(_ key: Key, orNull value: (some JSONWritable)?) {
            record(key, .orNull, value)
        }

        mutating func field<Key: CodingKey>(_ key: Key, ifPresent value: (some JSONWritable)?) {
            record(key, .ifPresent, value)
        }

        private mutating func record(_ key: some CodingKey, _ presence: Presence, _ value: Any?) {
            open[open.count - 1].append(Member(key: key.stringValue, presence: presence))
            guard let value else { return }
            for object in Self.objects(in: value) { visit(object) }
        }

        /// The objects a member's value is or holds: itself, a list's elements, a dictionary's values.
        private static func objects(in value: Any) -> [any JSONObject] {
            if let object = value as? any JSONObject { return [object] }
            if let list = value as? [Any] { return list.flatMap { objects(in: $0) } }
            if let map = value as? [AnyHashable: Any] { return map.values.flatMap { objects(in: $0) } }
            return []
        }
    }
}
