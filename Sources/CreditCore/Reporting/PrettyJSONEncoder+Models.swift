/// The report's own types as ``JSONTreeValue``s, written out by hand: what their `encode(to:)`
/// methods (written or synthesized) give, without going through `Encoder` containers, which
/// was half the cost of encoding a page. An optional that `encode(to:)` writes with
/// `encodeIfPresent` (or a synthesized one) is left out when nil; one written with `encode`
/// becomes `null`. `PrettyJSONEncoderTests` holds these to `JSONEncoder`'s output; a field
/// added to a model must be added here too.
protocol JSONTreeRepresentable {
    var jsonTree: JSONTreeValue { get }
}

/// An object of these entries; nil values are left out. Each model lists its keys in byte
/// order, as the report writes them, so that the writer need not sort them.
private func object(_ entries: KeyValuePairs<String, JSONTreeValue?>) -> JSONTreeValue {
    let box = ObjectBox()
    for (key, value) in entries {
        if let value { box.set(key, value) }
    }
    return .object(box)
}

private func array(_ items: [some JSONTreeRepresentable]) -> JSONTreeValue {
    let box = ArrayBox()
    box.items = items.map(\.jsonTree)
    return .array(box)
}

private func strings(_ items: [String]) -> JSONTreeValue {
    let box = ArrayBox()
    box.items = items.map(JSONTreeValue.string)
    return .array(box)
}

extension Optional where Wrapped == String {
    fileprivate var tree: JSONTreeValue? { map(JSONTreeValue.string) }
}

extension Optional where Wrapped == Int {
    fileprivate var tree: JSONTreeValue? { map { .number($0) } }
}

extension DocumentReport: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "encoding": .string(encoding), "findings": array(findings), "images": array(images),
            "pageLicense": pageLicense?.jsonTree ?? .null, "parseErrors": .number(parseErrors),
            "path": .string(path), "reusedFrom": reusedFrom.tree, "sha256": .string(sha256),
            "size": .number(size), "skipped": array(skipped),
        ])
    }
}

extension ScannedImage: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "alt": alt.tree, "credit": credit?.jsonTree ?? .null, "element": .string(element),
            "findings": array(findings), "fingerprint": .string(fingerprint),
            "license": license?.jsonTree ?? .null, "line": .number(line),
            "metadata": metadata?.jsonTree ?? .null, "sources": strings(sources), "src": .string(src),
        ])
    }
}

extension SkippedImage: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object(["line": .number(line), "reason": .string(reason), "src": .string(src)])
    }
}

extension Finding: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "column": column.tree, "image": image.tree, "line": .number(line), "message": .string(message),
            "rule": .string(rule), "severity": .string(severity.rawValue), "suggestion": suggestion.tree,
        ])
    }
}

extension ImageCredit: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        let origins = ObjectBox()
        for (field, origin) in self.origins.sorted(by: { $0.key.rawValue.utf8.lexicographicallyPrecedes($1.key.rawValue.utf8) }) {
            origins.set(field.rawValue, origin.jsonTree)
        }
        return object([
            "author": author.tree, "caption": caption.tree, "licenseText": licenseText.tree,
            "licenseURL": licenseURL.tree, "modifications": strings(modifications), "origins": .object(origins),
            "ownWork": .bool(ownWork), "source": source.tree, "sourceURL": sourceURL.tree,
            "strategy": .string(strategy.rawValue), "text": .string(text), "title": title.tree, "visible": .bool(visible),
        ])
    }
}

extension ImageLicense: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object(["evidence": .string(evidence), "id": .string(id), "name": name.tree, "url": url.tree])
    }
}

extension ImageMetadata: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "acquireLicensePage": acquireLicensePage.tree, "attributionURL": attributionURL.tree,
            "copyrightNotice": copyrightNotice.tree, "creator": creator.tree, "creditText": creditText.tree,
            "format": .string(format.rawValue), "license": license.tree, "line": .number(line), "title": title.tree,
        ])
    }
}

extension FieldOrigin: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "element": .string(element), "line": .number(line), "method": .string(method.rawValue),
            "property": property.tree,
        ])
    }
}
