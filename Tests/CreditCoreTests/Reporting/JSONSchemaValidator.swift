import CreditTestSupport
import Foundation

/// A deliberately small JSON Schema (draft-04/07 subset) validator for the SARIF and report
/// schema tests.
///
/// It implements exactly the keywords those schemas use and refuses, when created,
/// any schema with a keyword it does not implement, so a schema change can never make it
/// pass documents silently. Annotations (`title`, `description`, `default`, `format`, `id`,
/// `$schema`) are ignored, as validators do by default for `format`.
struct JSONSchemaValidator {
    struct UnsupportedSchema: Error, CustomStringConvertible {
        var description: String
    }

    static let assertions: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "$ref", "minimum",
        "maximum", "minItems", "uniqueItems", "oneOf", "anyOf", "pattern",
    ]
    static let annotations: Set<String> = ["$schema", "id", "title", "description", "default", "format", "definitions"]

    let root: JSONValue

    init(schema: JSONValue) throws {
        root = schema
        try Self.check(schema, at: "#")
    }

    /// Every keyword of every subschema must be implemented or an annotation.
    private static func check(_ schema: JSONValue, at path: String) throws {
        guard let object = schema.object else {
            throw UnsupportedSchema(description: "\(path): a schema must be an object")
        }
        for (keyword, value) in object {
            guard assertions.contains(keyword) || annotations.contains(keyword) else {
                throw UnsupportedSchema(description: "\(path): keyword '\(keyword)' is not implemented")
            }
            switch keyword {
            case "properties", "definitions":
                for (name, subschema) in value.object ?? [:] { try check(subschema, at: "\(path)/\(keyword)/\(name)") }
            case "items":
                guard value.object != nil else {
                    throw UnsupportedSchema(description: "\(path): only a single schema is implemented for 'items'")
                }
                try check(value, at: "\(path)/items")
            case "additionalProperties":
                if value.object != nil { try check(value, at: "\(path)/additionalProperties") }
            case "oneOf", "anyOf":
                guard case .array(let schemas) = value else {
                    throw UnsupportedSchema(description: "\(path)/\(keyword) must be an array")
                }
                for (index, subschema) in schemas.enumerated() {
                    try check(subschema, at: "\(path)/\(keyword)/\(index)")
                }
            case "$ref":
                guard case .string(let reference) = value, reference == "#" || reference.hasPrefix("#/definitions/")
                else {
                    throw UnsupportedSchema(
                        description: "\(path): only local '#/definitions/…' references are implemented")
                }
            default:
                break
            }
        }
    }

    /// The problems with `instance`, each prefixed by its JSON pointer; empty when valid.
    func validate(_ instance: JSONValue) -> [String] {
        validate(instance, against: root, at: "")
    }

    private func resolve(_ reference: String) -> JSONValue? {
        if reference == "#" { return root }
        let name = String(reference.dropFirst("#/definitions/".count))
        return root.object?["definitions"]?.object?[name]
    }

    private func validate(_ instance: JSONValue, against schema: JSONValue, at pointer: String) -> [String] {
        guard let schema = schema.object else { return ["\(pointer): invalid schema"] }
        if case .string(let reference) = schema["$ref"] {
            // In draft-04 a $ref replaces its siblings.
            guard let target = resolve(reference) else { return ["\(pointer): unresolved \(reference)"] }
            return validate(instance, against: target, at: pointer)
        }
        var errors: [String] = []
        if let type = schema["type"], !Self.matches(instance, type: type) {
            errors.append("\(pointer): expected type \(type), got \(instance)")
        }
        if case .array(let allowed) = schema["enum"], !allowed.contains(instance) {
            errors.append("\(pointer): \(instance) is not one of \(allowed)")
        }
        if let minimum = schema["minimum"]?.numeric, let value = instance.numeric, value < minimum {
            errors.append("\(pointer): \(value) is below the minimum \(minimum)")
        }
        if let maximum = schema["maximum"]?.numeric, let value = instance.numeric, value > maximum {
            errors.append("\(pointer): \(value) is above the maximum \(maximum)")
        }
        if case .string(let pattern) = schema["pattern"], case .string(let value) = instance {
            let regex = try? NSRegularExpression(pattern: pattern)
            let range = NSRange(value.startIndex..., in: value)
            if regex?.firstMatch(in: value, range: range) == nil {
                errors.append("\(pointer): '\(value)' does not match \(pattern)")
            }
        }
        if case .array(let items) = instance {
            errors += validateArray(items, schema: schema, at: pointer)
        }
        if case .object(let members) = instance {
            errors += validateObject(members, schema: schema, at: pointer)
        }
        if case .array(let options) = schema["anyOf"],
            !options.contains(where: { validate(instance, against: $0, at: pointer).isEmpty })
        {
            errors.append("\(pointer): matches none of anyOf")
        }
        if case .array(let options) = schema["oneOf"] {
            let matching = options.filter { validate(instance, against: $0, at: pointer).isEmpty }.count
            if matching != 1 { errors.append("\(pointer): matches \(matching) of oneOf, expected exactly 1") }
        }
        return errors
    }

    private func validateArray(_ items: [JSONValue], schema: [String: JSONValue], at pointer: String) -> [String] {
        var errors: [String] = []
        if let minItems = schema["minItems"]?.numeric, Double(items.count) < minItems {
            errors.append("\(pointer): \(items.count) items, fewer than \(minItems)")
        }
        if schema["uniqueItems"] == .bool(true) {
            for (index, item) in items.enumerated() where items[..<index].contains(item) {
                errors.append("\(pointer)/\(index): duplicate item")
            }
        }
        if let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                errors += validate(item, against: itemSchema, at: "\(pointer)/\(index)")
            }
        }
        return errors
    }

    private func validateObject(_ members: [String: JSONValue], schema: [String: JSONValue], at pointer: String)
        -> [String]
    {
        var errors: [String] = []
        if case .array(let required) = schema["required"] {
            for case .string(let name) in required where members[name] == nil {
                errors.append("\(pointer): missing required property '\(name)'")
            }
        }
        let properties = schema["properties"]?.object ?? [:]
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            if let propertySchema = properties[name] {
                errors += validate(value, against: propertySchema, at: "\(pointer)/\(name)")
            } else if let additional = schema["additionalProperties"] {
                if additional == .bool(false) {
                    errors.append("\(pointer): property '\(name)' is not allowed")
                } else if additional.object != nil {
                    errors += validate(value, against: additional, at: "\(pointer)/\(name)")
                }
            }
        }
        return errors
    }

    private static func matches(_ instance: JSONValue, type: JSONValue) -> Bool {
        if case .array(let types) = type { return types.contains { matches(instance, type: $0) } }
        guard case .string(let name) = type else { return false }
        switch (name, instance) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object):
            return true
        case ("integer", .integer), ("number", .integer), ("number", .number): return true
        case ("integer", .number(let value)): return value.rounded() == value
        default: return false
        }
    }
}
