/// The `Encoder` behind ``PrettyJSONEncoder``: it records what a type's `encode(to:)` writes as
/// a ``JSONTreeValue``.
final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// What was encoded; nil until a container is asked for.
    var value: JSONTreeValue?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box)? = value { return KeyedEncodingContainer(TreeKeyedContainer(box: box)) }
        let box = ObjectBox()
        value = .object(box)
        return KeyedEncodingContainer(TreeKeyedContainer(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let box)? = value { return TreeUnkeyedContainer(box: box) }
        let box = ArrayBox()
        value = .array(box)
        return TreeUnkeyedContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleContainer(encoder: self)
    }

    /// A value as the tree holds it: strings, integers and booleans directly, anything else
    /// through its own `encode(to:)`.
    static func box<T: Encodable>(_ value: T) throws -> JSONTreeValue {
        switch value {
        case let string as String: return .string(string)
        case let number as Int: return .number(number)
        case let flag as Bool: return .bool(flag)
        case let representable as any JSONTreeRepresentable: return representable.jsonTree
        case is Double, is Float:
            // No report field is fractional; Foundation's number formatting is not copied here.
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "fractional numbers are not supported"))
        default:
            let encoder = TreeEncoder()
            try value.encode(to: encoder)
            return encoder.value ?? .object(ObjectBox())
        }
    }
}

struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ObjectBox
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, try TreeEncoder.box(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { box.set(key.stringValue, try TreeEncoder.box(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { box.set(key.stringValue, try TreeEncoder.box(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { box.set(key.stringValue, .number(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try TreeEncoder.box(value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.set(key.stringValue, .array(nested))
        return TreeUnkeyedContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        // The value is written when the encoder is done: hand out one whose result lands here.
        let encoder = ReferencingEncoder { [box] value in box.set(name, value) }
        return encoder
    }
}

struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let box: ArrayBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.items.append(.null) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Int) throws { box.items.append(.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try TreeEncoder.box(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        box.items.append(.object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.items.append(.array(nested))
        return TreeUnkeyedContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let position = box.items.count
        box.items.append(.null)
        return ReferencingEncoder { [box] value in box.items[position] = value }
    }
}

struct TreeSingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.value = .null }
    mutating func encode(_ value: String) throws { encoder.value = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.value = .number(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.value = try TreeEncoder.box(value) }
}

/// An encoder whose result is stored into its parent container when it changes (for
/// `superEncoder`, which no report type uses but the protocol requires).
final class ReferencingEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    private let inner = TreeEncoder()
    private let store: (JSONTreeValue) -> Void

    init(store: @escaping (JSONTreeValue) -> Void) { self.store = store }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        defer { inner.value.map(store) }
        return inner.container(keyedBy: type)
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        defer { inner.value.map(store) }
        return inner.unkeyedContainer()
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        // A single value is set after this returns; containers are references and need no care.
        ReferencingSingleContainer(encoder: inner, store: store)
    }
}

private struct ReferencingSingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    let store: (JSONTreeValue) -> Void
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { store(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { store(try TreeEncoder.box(value)) }
}
