import CreditDocument
import CreditLicenses

/// The size an image is shown at, as far as the markup tells: `width`/`height` attributes,
/// the `data-width`/`data-height` pair lazy loaders and editors keep, or a size written into
/// the URL (`photo-150x150.jpg`, `fill-100x100`, `/210x151/`, `?w=240&h=180`).
struct ImageSizeHints: Equatable {
    var width: Int?
    var height: Int?
    /// Where the size was read: `attributes` or `URL`.
    var source: String

    /// The size of an image element, attributes first, then its URL.
    static func of(_ node: HTMLNode, url: String?) -> ImageSizeHints? {
        let width =
            ImageSkipRules.pixels(node.attribute("width")) ?? ImageSkipRules.pixels(node.attribute("data-width"))
        let height =
            ImageSkipRules.pixels(node.attribute("height")) ?? ImageSkipRules.pixels(node.attribute("data-height"))
        if width != nil || height != nil { return ImageSizeHints(width: width, height: height, source: "attributes") }
        guard let url, let size = fromURL(url) else { return nil }
        return ImageSizeHints(width: size.width, height: size.height, source: "URL")
    }

    /// A size written into a URL: the last `WIDTHxHEIGHT` pair of two to four digits each
    /// in its path, else `w`/`width` and `h`/`height` query parameters.
    static func fromURL(_ url: String) -> (width: Int?, height: Int?)? {
        let lowered = url.lowercased()
        let path = lowered.firstPiece(splitAt: "?") ?? lowered
        if let pair = lastSizePair(in: path) { return pair }
        guard let query = lowered.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        var width: Int?
        var height: Int?
        for parameter in query.split(whereSeparator: { $0 == "&" || $0 == ";" }) {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = Int(parts[1].prefix(while: \.isNumber)), value > 0 else { continue }
            switch parts[0] {
            case "w", "width": width = value
            case "h", "height": height = value
            default: break
            }
        }
        return width == nil && height == nil ? nil : (width, height)
    }

    /// The last `NNNxNNN` in the text whose sides stand apart from other digits and letters
    /// around them (`-150x150.`, `/fill-100x100|`, `/210x151/`).
    private static func lastSizePair(in text: String) -> (width: Int?, height: Int?)? {
        let bytes = Array(text.utf8)
        var found: (Int?, Int?)?
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "x"), index > 0 else {
                index += 1
                continue
            }
            var start = index
            while start > 0 && isDigit(bytes[start - 1]) { start -= 1 }
            var end = index + 1
            while end < bytes.count && isDigit(bytes[end]) { end += 1 }
            let widthDigits = index - start
            let heightDigits = end - index - 1
            let before = start > 0 ? bytes[start - 1] : UInt8(ascii: "/")
            let after = end < bytes.count ? bytes[end] : UInt8(ascii: "/")
            if (2...4).contains(widthDigits), (2...4).contains(heightDigits), !before.isASCIIAlphanumeric,
                !after.isASCIIAlphanumeric,
                let width = Int(String(decoding: bytes[start..<index], as: UTF8.self)),
                let height = Int(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
            {
                found = (width, height)
            }
            index = end
        }
        return found
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `120x90` or `120 wide`, for evidence.
    var text: String {
        switch (width, height) {
        case (let width?, let height?): "\(width)x\(height)"
        case (let width?, nil): "\(width) wide"
        case (nil, let height?): "\(height) high"
        default: ""
        }
    }
}

extension HTMLDocument {
    /// The size the image element at `node` is shown at, as evidence words (`1200x800 from
    /// its attributes`), nil when the markup does not tell.
    package func sizeHint(of node: Int, url: String?) -> String? {
        guard let size = ImageSizeHints.of(nodes[node], url: url) else { return nil }
        return "\(size.text) from its \(size.source == "URL" ? "URL" : "attributes")"
    }
}
