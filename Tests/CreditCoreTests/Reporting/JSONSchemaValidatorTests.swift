import CreditTestSupport
import Foundation
import Testing

/// The schema validator used by the SARIF test must itself be able to fail.
@Suite("JSON schema validator")
struct JSONSchemaValidatorTests {
    static let schema = #"""
        {
          "$schema": "http://json-schema.org/draft-04/schema#",
          "type": "object",
          "required": ["name", "items"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string", "pattern": "^[a-z]+$", "format": "ignored" },
            "count": { "type": "integer", "minimum": 1, "maximum": 9 },
            "kind": { "enum": ["a", "b"] },
            "items": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/item" } },
            "either": { "oneOf": [ { "type": "string" }, { "type": "number" }, { "type": "integer" } ] },
            "any": { "anyOf": [ { "type": "boolean" }, { "type": "null" } ] },
            "bag": { "type": "object", "additionalProperties": { "type": "number" } }
          },
          "definitions": { "item": { "type": ["integer", "string"] } }
        }
        """#

    @Test(
        "a document that breaks one keyword is rejected; the valid one is accepted",
        arguments: [
            (
                #"{"name": "ok", "items": [1, "x"], "count": 3, "kind": "a", "either": "s", "any": null, "bag": {"x": 1.5}}"#,
                true
            ),
            (#"{"items": [1]}"#, false),
            (#"{"name": "ok", "items": [1], "extra": 1}"#, false),
            (#"{"name": 5, "items": [1]}"#, false),
            (#"{"name": "Upper", "items": [1]}"#, false),
            (#"{"name": "ok", "items": [1], "count": 0}"#, false),
            (#"{"name": "ok", "items": [1], "count": 10}"#, false),
            (#"{"name": "ok", "items": [1], "count": 2.5}"#, false),
            (#"{"name": "ok", "items": [1], "kind": "c"}"#, false),
            (#"{"name": "ok", "items": []}"#, false),
            (#"{"name": "ok", "items": [1, 1]}"#, false),
            (#"{"name": "ok", "items": [true]}"#, false),
            (#"{"name": "ok", "items": [1], "either": 3}"#, false),
            (#"{"name": "ok", "items": [1], "either": []}"#, false),
            (#"{"name": "ok", "items": [1], "any": 0}"#, false),
            (#"{"name": "ok", "items": [1], "bag": {"x": "1"}}"#, false),
            (#"[]"#, false),
        ])
    func keywords(document: String, valid: Bool) throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue.parse(Self.schema))
        let errors = validator.validate(try JSONValue.parse(document))
        #expect(errors.isEmpty == valid, "\(errors)")
    }

    @Test(
        "a schema with a keyword the validator does not implement is refused",
        arguments: [
            #"{"type": "object", "patternProperties": {"^x": {}}}"#,
            #"{"not": {"type": "string"}}"#,
            #"{"properties": {"a": {"allOf": [{"type": "string"}]}}}"#,
            #"{"items": [{"type": "string"}]}"#,
            #"{"$ref": "other.json#/definitions/x"}"#,
            #"{"definitions": {"x": {"exclusiveMinimum": true}}}"#,
        ])
    func refusesUnknownKeywords(schema: String) throws {
        #expect(throws: JSONSchemaValidator.UnsupportedSchema.self) {
            try JSONSchemaValidator(schema: try JSONValue.parse(schema))
        }
    }
}
