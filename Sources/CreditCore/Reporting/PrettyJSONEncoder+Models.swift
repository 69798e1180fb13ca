/// The report's own types as ``JSONTreeValue``s, written out by hand: what their `encode(to:)`
/// methods (written or synthesized) give, without going through `Encoder` containers, which
/// was half the cost of encoding a page. An optional that `encode(to:)` writes with
/// `encodeIfPresent` (or a synthesized one) is left out when nil; one written with `encode`
/// becomes `null`. `PrettyJSONEncoderTests` holds these to `JSONEncoder`'s output; a field
/// added to a model must be added here too.
protocol JSONTreeRepresentable {
    var jsonTree: JSONTreeValue { get }
}

/// An object of these entries; nil values are left out.
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
            "path": .string(path), "size": .number(size), "sha256": .string(sha256),
            "encoding": .string(encoding), "images": array(images), "skipped": array(skipped),
            "findings": array(findings), "parseErrors": .number(parseErrors),
            "pageLicense": pageLicense?.jsonTree ?? .null, "reusedFrom": reusedFrom.tree,
        ])
    }
}

extension ScannedImage: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "src": .string(src), "sources": strings(sources), "element": .string(element),
            "line": .number(line), "fingerprint": .string(fingerprint), "alt": alt.tree,
            "credit": credit?.jsonTree ?? .null, "license": license?.jsonTree ?? .null,
            "metadata": metadata?.jsonTree ?? .null, "findings": array(findings),
        ])
    }
}

extension SkippedImage: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object(["src": .string(src), "line": .number(line), "reason": .string(reason)])
    }
}

extension Finding: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "rule": .string(rule), "severity": .string(severity.rawValue), "message": .string(message),
            "line": .number(line), "column": column.tree, "image": image.tree, "suggestion": suggestion.tree,
        ])
    }
}

extension ImageCredit: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        let origins = ObjectBox()
        for (field, origin) in self.origins { origins.set(field.rawValue, origin.jsonTree) }
        return object([
            "text": .string(text), "caption": caption.tree, "author": author.tree, "source": source.tree,
            "title": title.tree, "licenseText": licenseText.tree, "licenseURL": licenseURL.tree,
            "sourceURL": sourceURL.tree, "ownWork": .bool(ownWork), "modifications": strings(modifications),
            "strategy": .string(strategy.rawValue), "visible": .bool(visible), "origins": .object(origins),
        ])
    }
}

extension ImageLicense: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object(["id": .string(id), "name": name.tree, "url": url.tree, "evidence": .string(evidence)])
    }
}

extension ImageMetadata: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "format": .string(format.rawValue), "line": .number(line), "creditText": creditText.tree,
            "creator": creator.tree, "copyrightNotice": copyrightNotice.tree, "license": license.tree,
            "acquireLicensePage": acquireLicensePage.tree, "title": title.tree, "attributionURL": attributionURL.tree,
        ])
    }
}

extension FieldOrigin: JSONTreeRepresentable {
    var jsonTree: JSONTreeValue {
        object([
            "method": .string(method.rawValue), "element": .string(element), "line": .number(line),
            "property": property.tree,
        ])
    }
}
