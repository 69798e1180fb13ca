// A SARIF result written by hand, keys in byte order, as `JSONEncoder` with `.sortedKeys`
// writes the synthesised `Encodable` conformance: one `JSONEncoder` call per result was more
// than half of rendering a large SARIF log. The log's skeleton (rules, invocations) is written
// once and still goes through `JSONEncoder`. Optional properties are left out when nil.

extension SARIF.Result: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("level", level)
        writer.field("locations", locations)
        writer.key("message")
        message.write(to: &writer)
        writer.key("partialFingerprints")
        writer.sortedObject(partialFingerprints.map { key, value in (key, { $0.string(value) }) })
        if let properties {
            writer.key("properties")
            properties.write(to: &writer)
        }
        writer.field("ruleId", ruleId)
        writer.field("ruleIndex", ifPresent: ruleIndex)
        writer.endObject()
    }
}

extension SARIF.Message: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("markdown", ifPresent: markdown)
        writer.field("text", text)
        writer.endObject()
    }
}

extension SARIF.Location: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("physicalLocation")
        physicalLocation.write(to: &writer)
        writer.endObject()
    }
}

extension SARIF.PhysicalLocation: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("artifactLocation")
        artifactLocation.write(to: &writer)
        writer.key("region")
        region.write(to: &writer)
        writer.endObject()
    }
}

extension SARIF.ArtifactLocation: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        if let description {
            writer.key("description")
            description.write(to: &writer)
        }
        writer.field("uri", ifPresent: uri)
        writer.field("uriBaseId", ifPresent: uriBaseId)
        writer.endObject()
    }
}

extension SARIF.Region: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("startColumn", ifPresent: startColumn)
        writer.field("startLine", startLine)
        writer.endObject()
    }
}

extension SARIF.ResultProperties: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        if let credit {
            writer.key("credit")
            credit.write(to: &writer)
        }
        writer.field("image", ifPresent: image)
        if let license {
            writer.key("license")
            license.write(to: &writer)
        }
        writer.field("suggestion", ifPresent: suggestion)
        writer.endObject()
    }
}
