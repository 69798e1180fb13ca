import Foundation

/// A JSON value, decoded without Foundation's `Any` so that booleans and numbers stay apart:
/// how the tests read the reports, logs and schemas the binary and the renderers write.
///
/// ```swift
/// let report = try JSONValue.parse(result.stdout)
/// let paths = report["documents"]?.array?.map { $0["path"]?.string }
/// ```
public indirect enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Parses a JSON text.
    public static func parse(_ text: String) throws -> JSONValue {
        try parse(Data(text.utf8))
    }

    /// Parses JSON bytes.
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The members of an object, nil for any other value.
    public var object: [String: JSONValue]? {
        if case .object(let value) = self { value } else { nil }
    }

    /// The elements of an array, nil for any other value.
    public var array: [JSONValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// A string's value, nil for any other value.
    public var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// An integer's value, nil for any other value (a fraction included).
    public var int: Int? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// A boolean's value, nil for any other value.
    public var bool: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    /// A number's value, integer or not; nil for any other value.
    public var numeric: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// An object's member, nil when absent or when the value is not an object.
    public subscript(key: String) -> JSONValue? { object?[key] }

    /// An array's element, nil when out of range or when the value is not an array.
    public subscript(index: Int) -> JSONValue? {
        guard let array, array.indices.contains(index) else { return nil }
        return array[index]
    }
}
