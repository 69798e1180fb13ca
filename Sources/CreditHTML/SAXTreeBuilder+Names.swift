internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SAXTreeBuilder {
    /// Whether an attribute name is `name` (lower-case ASCII) once lower-cased, as
    /// ``lowercasedName(_:)`` would make it: no other character lower-cases to an ASCII
    /// letter of `class` or `id`.
    static func isNamed(_ attribute: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        for offset in 0..<count where attribute[offset].asciiLowercased != name.utf8Start[offset] { return false }
        return attribute[count] == 0
    }

    /// The value of attribute number `position` as SAX2 stores it: a boolean attribute
    /// without a value has its name, any other one is empty.
    static func value(
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, _ position: Int
    ) -> UnsafePointer<xmlChar> {
        if let raw = attributes[position * 2 + 1] { return raw }
        let name = attributes[position * 2]!
        return htmlIsBooleanAttr(name) != 0 ? name : emptyValue
    }

    // Written once, never freed, only read.
    nonisolated(unsafe) static let emptyValue: UnsafePointer<xmlChar> = {
        let empty = UnsafeMutablePointer<xmlChar>.allocate(capacity: 1)
        empty.initialize(to: 0)
        return UnsafePointer(empty)
    }()

    /// The element name SAX2 gives a tag: the part after the first colon, if any.
    static func localName(_ fullName: UnsafePointer<xmlChar>, context: htmlParserCtxtPtr) -> String {
        guard strchr(UnsafeRawPointer(fullName).assumingMemoryBound(to: CChar.self), 0x3A) != nil else {
            return lowercasedName(fullName)
        }
        // Rare: let libxml2 split it, so that the name and any error are its own.
        var prefix: UnsafeMutablePointer<xmlChar>?
        guard let local = xmlSplitQName(context, fullName, &prefix) else { return "" }
        defer {
            clx_free(local)
            if let prefix { clx_free(prefix) }
        }
        return lowercasedName(local)
    }

    /// A tag or attribute name, lower-cased: libxml2's HTML parser already lower-cases ASCII
    /// names, so only a name with an upper-case or non-ASCII byte pays for `lowercased()`.
    static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        var byte = name
        while byte.pointee != 0 {
            if byte.pointee >= 0x80 || (byte.pointee >= 0x41 && byte.pointee <= 0x5A) {
                return String(cString: name).lowercased()
            }
            byte += 1
        }
        return String(cString: name)
    }
}
