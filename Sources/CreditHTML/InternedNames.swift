internal import CLibXML2

/// The names a page's start tags repeat (`class`, `href`, `img`), by their bytes, with the
/// address libxml2's dictionary gives each, for ``StartTagReader``: the dictionary hashes
/// every byte of a name at every lookup, and a page reads a handful of names thousands of
/// times. Names of up to 16 bytes are kept, one per slot, the last one met winning.
struct InternedNames {
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        var name: UnsafePointer<xmlChar>?
    }

    private var slots = [Slot](repeating: Slot(), count: 256)

    /// The interned name of the `length` lower-case bytes at `start`; `readable` bytes from
    /// `start` may be read.
    mutating func name(
        at start: UnsafePointer<UInt8>, length: Int, readable: Int, dictionary: xmlDictPtr?
    ) -> UnsafePointer<xmlChar>? {
        guard length <= 16, readable >= 16 else { return xmlDictLookup(dictionary, start, Int32(length)) }
        let raw = UnsafeRawPointer(start)
        var low = raw.loadUnaligned(as: UInt64.self)
        var high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if length < 8 {
            low &= (1 << (8 * UInt64(length))) &- 1
            high = 0
        } else {
            high &= length == 16 ? ~0 : (1 << (8 * UInt64(length - 8))) &- 1
        }
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        let slot = Int(truncatingIfNeeded: mixed >> 56)
        if slots[slot].length == length, slots[slot].low == low, slots[slot].high == high,
            let name = slots[slot].name
        {
            return name
        }
        let name = xmlDictLookup(dictionary, start, Int32(length))
        slots[slot] = Slot(low: low, high: high, length: length, name: name)
        return name
    }
}
