import CreditModel

/// The report's own types written out by hand: what their `encode(to:)` methods (written or
/// synthesized) give, without going through `Encoder` containers, which was half the cost of
/// encoding a page. Keys in byte order (debug builds check it); an optional that
/// `encode(to:)` writes with `encodeIfPresent` (or a synthesized one) is left out when nil,
/// one written with `encode` becomes `null`. `PrettyJSONEncoderTests` holds these to
/// `JSONEncoder`'s output; a field added to a model must be added here too.
extension DocumentReport: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("encoding", encoding)
        writer.field("findings", findings)
        writer.field("images", images)
        writer.field("pageLicense", orNull: pageLicense)
        writer.field("parseErrors", parseErrors)
        writer.field("path", path)
        writer.field("reusedFrom", ifPresent: reusedFrom)
        writer.field("sha256", sha256)
        writer.field("size", size)
        writer.field("skipped", skipped)
        writer.endObject()
    }
}

extension ScannedImage: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("alt", ifPresent: alt)
        writer.field("credit", orNull: credit)
        writer.field("element", element)
        writer.field("findings", findings)
        writer.field("fingerprint", fingerprint)
        writer.field("license", orNull: license)
        writer.field("line", line)
        writer.field("metadata", orNull: metadata)
        writer.field("sources", sources)
        writer.field("src", src)
        writer.endObject()
    }
}

extension SkippedImage: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("evidence", ifPresent: evidence)
        writer.field("line", line)
        writer.field("reason", reason)
        writer.field("src", src)
        writer.endObject()
    }
}

extension Finding: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("column", ifPresent: column)
        writer.field("image", ifPresent: image)
        writer.field("line", line)
        writer.field("message", message)
        writer.field("rule", rule)
        writer.field("severity", severity.rawValue)
        writer.field("suggestion", ifPresent: suggestion)
        writer.endObject()
    }
}

extension ImageCredit: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("author", ifPresent: author)
        writer.field("caption", ifPresent: caption)
        writer.field("licenseText", ifPresent: licenseText)
        writer.field("licenseURL", ifPresent: licenseURL)
        writer.field("modifications", modifications)
        writer.key("origins")
        Self.write(origins: origins, to: &writer)
        writer.key("ownWork")
        writer.bool(ownWork)
        writer.field("source", ifPresent: source)
        writer.field("sourceURL", ifPresent: sourceURL)
        writer.field("strategy", strategy.rawValue)
        writer.field("text", text)
        writer.field("title", ifPresent: title)
        writer.key("visible")
        writer.bool(visible)
        writer.endObject()
    }

    /// The origins by field name, which a dictionary holds in no order.
    static func write(origins: [CreditField: FieldOrigin], to writer: inout JSONWriter) {
        writer.sortedObject(origins.map { field, origin in (field.rawValue, { origin.write(to: &$0) }) })
    }
}

extension ImageLicense: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("evidence", evidence)
        writer.field("id", id)
        writer.field("name", ifPresent: name)
        writer.field("url", ifPresent: url)
        writer.endObject()
    }
}

extension ImageMetadata: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("acquireLicensePage", ifPresent: acquireLicensePage)
        writer.field("attributionURL", ifPresent: attributionURL)
        writer.field("copyrightNotice", ifPresent: copyrightNotice)
        writer.field("creator", ifPresent: creator)
        writer.field("creditText", ifPresent: creditText)
        writer.field("format", format.rawValue)
        writer.field("license", ifPresent: license)
        writer.field("line", line)
        writer.field("title", ifPresent: title)
        writer.endObject()
    }
}

extension FieldOrigin: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("element", element)
        writer.field("line", line)
        writer.field("method", method.rawValue)
        writer.field("property", ifPresent: property)
        writer.endObject()
    }
}
