internal import CLibXML2
import CreditDocument

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tag and attribute names seen on this page, by the address libxml2 passed them at.
///
/// libxml2's HTML parser interns names in the parser's dictionary, so one name comes back at
/// one address all through a page; a few more (`html`, `p`) are C literals. The address only
/// picks a slot: the bytes there are compared with the slot's name before it is used, so a
/// name that was not interned is a miss, never a wrong name.
struct SAXNameCache {
    private struct Slot {
        var address: UnsafePointer<xmlChar>?
        var name: ElementName
        /// The name's bytes, held apart from its string so that checking a hit reads them
        /// in place: a short string would first be copied out to be compared.
        var bytes: [UInt8]
        /// The answers of ``answer(_:for:decide:)`` for this address, by question: -1 until asked.
        var answers: (Int8, Int8, Int8) = (-1, -1, -1)
    }

    /// Questions about a tag name whose answer depends on its bytes and address alone.
    enum Question {
        /// ``LeadingTextReader/allows(_:name:)``.
        case leadingText
        /// ``LeadingTextReader/holdsPlainText(_:)``.
        case plainText
        /// ``StartTagContent/isReadFromPage(_:name:)``.
        case readFromPage
    }

    private static let slotBits = 9
    private var slots = [Slot](repeating: Slot(address: nil, name: ElementName(""), bytes: []), count: 1 << slotBits)

    /// The element for a tag name that has no colon; nil when the name needs more than a
    /// copy (a colon or an upper-case or non-ASCII byte), which the caller handles the slow way.
    mutating func element(_ name: UnsafePointer<xmlChar>) -> ElementName? {
        let slot = Self.slot(of: name)
        if slots[slot].address == name, Self.holds(slots[slot].bytes, name) { return slots[slot].name }
        guard let plain = Self.plainName(name) else { return nil }
        let element = ElementName(plain)
        slots[slot] = Slot(address: name, name: element, bytes: Array(plain.utf8))
        return element
    }

    /// The answer to `question` for the tag name at this address, which `decide` gives: asked
    /// once per name and address on a page, since libxml2's tag table is searched by name.
    mutating func answer(_ question: Question, for name: UnsafePointer<xmlChar>, decide: () -> Bool) -> Bool {
        let slot = Self.slot(of: name)
        guard slots[slot].address == name, Self.holds(slots[slot].bytes, name) else { return decide() }
        let known: Int8
        switch question {
        case .leadingText: known = slots[slot].answers.0
        case .plainText: known = slots[slot].answers.1
        case .readFromPage: known = slots[slot].answers.2
        }
        if known >= 0 { return known == 1 }
        let answer: Int8 = decide() ? 1 : 0
        switch question {
        case .leadingText: slots[slot].answers.0 = answer
        case .plainText: slots[slot].answers.1 = answer
        case .readFromPage: slots[slot].answers.2 = answer
        }
        return answer == 1
    }

    /// Whether the C string `name` is exactly `bytes` (a name never holds a NUL). Compared up
    /// to the C string's end only, never past it.
    private static func holds(_ bytes: [UInt8], _ name: UnsafePointer<xmlChar>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return name.pointee == 0 }
            return strncmp(
                UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), stored.count) == 0
                && name[stored.count] == 0
        }
    }

    /// An attribute name, lower-cased (see ``SAXTreeBuilder/lowercasedName(_:)``), with its
    /// place in ``ElementIndex`` (attribute names share the table with tag names).
    mutating func attribute(_ name: UnsafePointer<xmlChar>) -> ElementName {
        element(name) ?? ElementName(SAXTreeBuilder.lowercasedName(name))
    }

    private static func slot(of address: UnsafePointer<xmlChar>) -> Int {
        Int(
            truncatingIfNeeded: (UInt(bitPattern: address) &* 0x9E37_79B9_7F4A_7C15)
                >> (UInt(UInt.bitWidth) - UInt(slotBits)))
    }

    /// The name as it stands, when it is lower-case ASCII without a colon; else nil.
    private static func plainName(_ name: UnsafePointer<xmlChar>) -> String? {
        var byte = name
        while byte.pointee != 0 {
            let value = byte.pointee
            if value >= 0x80 || (value >= 0x41 && value <= 0x5A) || value == 0x3A { return nil }
            byte += 1
        }
        return String(decoding: UnsafeBufferPointer(start: name, count: byte - name), as: UTF8.self)
    }
}
