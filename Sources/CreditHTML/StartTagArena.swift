internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The attributes ``StartTagReader`` read from the start tag libxml2 is about to read, kept
/// until the start-element event for that tag hands them to the tree builder, in the form
/// libxml2 would have passed them: names from the parser's dictionary, values as C strings.
///
/// The values and the list live in memory of its own, so that the builder can pass a pointer
/// to the list to its own methods; ``release()`` frees it. A value, not a class: the builder
/// reaches it through a pointer, so its fields are read and written with no exclusivity
/// checks, on every tag of every page.
struct StartTagArena {
    /// Where the tag waiting for its event ends (its `>`, or the `/` of `/>`), as an offset
    /// from the start of libxml2's input, which stays put should libxml2 move the input in
    /// memory; -1 when no tag waits.
    private(set) var endOffset = -1
    /// The tag's name, as libxml2 interns it.
    private(set) var name: UnsafePointer<xmlChar>?
    /// The line of the tag's `<`: where libxml2 would report the elements it implies before
    /// it (`body`), having read only the tag's name.
    private(set) var nameLine: Int32 = 0
    /// Where the last tag handed over ends (see ``endOffset``) when it ends with `/>`, after
    /// which libxml2 reports the element's end at once; -1 otherwise.
    private(set) var handedOverEnd = -1
    private(set) var handedOverName: UnsafePointer<xmlChar>?

    /// The names read on this page (see ``InternedNames``).
    var interned = InternedNames()
    private var names: [UnsafePointer<xmlChar>] = []
    /// Each value's offset in ``values``; -1 for an attribute without one.
    private var valueOffsets: [Int] = []
    private var values: UnsafeMutablePointer<UInt8>
    private var valuesCapacity = 4096
    private var valuesCount = 0
    private var list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>
    private var listCapacity = 64

    init() {
        values = .allocate(capacity: valuesCapacity)
        list = .allocate(capacity: listCapacity)
        names.reserveCapacity(32)
        valueOffsets.reserveCapacity(32)
    }

    /// Frees the arena's memory; it is not used again.
    func release() {
        values.deallocate()
        list.deallocate()
    }

    /// Whether a tag read waits for its event at or after where the parser stands; one the
    /// parser passed without an event is dropped.
    mutating func waits(at context: htmlParserCtxtPtr) -> Bool {
        guard endOffset >= 0, let offset = Self.offset(context) else { return false }
        if offset <= endOffset { return true }
        endOffset = -1
        return false
    }

    /// Whether the parser stands at the end of the waiting tag.
    func isAtEnd(_ context: htmlParserCtxtPtr) -> Bool {
        endOffset >= 0 && Self.offset(context) == endOffset
    }

    /// Whether the end-of-element event for `name` being reported is the one libxml2 reports
    /// right after the `/>` of the last tag handed over, standing just past it.
    mutating func endsHandedOverTag(at context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>) -> Bool {
        guard handedOverEnd >= 0, name == handedOverName, Self.offset(context) == handedOverEnd + 2 else {
            return false
        }
        handedOverEnd = -1
        return true
    }

    /// Where the parser stands, from the start of its input.
    private static func offset(_ context: htmlParserCtxtPtr) -> Int? {
        guard let input = context.pointee.input, let cursor = input.pointee.cur, let base = input.pointee.base
        else { return nil }
        return cursor - base
    }

    /// The number of attributes read for the waiting tag.
    var count: Int { names.count }

    /// Starts a new tag, dropping one that never got its event.
    mutating func begin() {
        endOffset = -1
        names.removeAll(keepingCapacity: true)
        valueOffsets.removeAll(keepingCapacity: true)
        valuesCount = 0
    }

    /// Whether `name`, interned, is already among the attributes read.
    func holds(_ name: UnsafePointer<xmlChar>) -> Bool {
        names.contains(name)
    }

    /// Where the next value starts: what ``appendToValue(from:to:)`` and
    /// ``appendToValue(scalar:)`` add from now on is that value.
    var valueStart: Int { valuesCount }

    /// Adds the bytes from `start` up to `stop` to the value being read.
    mutating func appendToValue(from start: UnsafePointer<UInt8>, to stop: UnsafePointer<UInt8>) {
        let count = stop - start
        guard count > 0 else { return }
        reserve(count)
        (values + valuesCount).update(from: start, count: count)
        valuesCount += count
    }

    /// Adds a character, in UTF-8, to the value being read.
    mutating func appendToValue(scalar: UInt32) {
        reserve(4)
        if scalar < 0x80 {
            values[valuesCount] = UInt8(scalar)
            valuesCount += 1
            return
        }
        let count = scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4
        let lead: UInt32 = count == 2 ? 0xC0 : count == 3 ? 0xE0 : 0xF0
        values[valuesCount] = UInt8(truncatingIfNeeded: lead | scalar >> (6 * UInt32(count - 1)))
        for position in 1..<count {
            let shift = 6 * UInt32(count - 1 - position)
            values[valuesCount + position] = UInt8(truncatingIfNeeded: 0x80 | (scalar >> shift) & 0x3F)
        }
        valuesCount += count
    }

    /// Adds an attribute whose value is what was added since `valueStart`, or, for nil, an
    /// attribute without a value.
    mutating func add(_ name: UnsafePointer<xmlChar>, valueStart: Int?) {
        names.append(name)
        guard let valueStart else {
            valueOffsets.append(-1)
            return
        }
        reserve(1)
        values[valuesCount] = 0
        valuesCount += 1
        valueOffsets.append(valueStart)
    }

    private mutating func reserve(_ count: Int) {
        guard valuesCount + count > valuesCapacity else { return }
        var capacity = valuesCapacity * 2
        while valuesCount + count > capacity { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: values, count: valuesCount)
        values.deallocate()
        values = grown
        valuesCapacity = capacity
    }

    /// Marks the attributes read as those of the tag `name` that ends at `endOffset`.
    mutating func finish(name: UnsafePointer<xmlChar>, endOffset: Int, nameLine: Int32) {
        self.name = name
        self.endOffset = endOffset
        self.nameLine = nameLine
    }

    /// The attributes as libxml2 passes them to a start-element event (name, value, …,
    /// then two nils), valid until the next tag is read; the tag no longer waits.
    mutating func handOver(endsWithSlash: Bool) -> UnsafeMutablePointer<UnsafePointer<xmlChar>?> {
        let needed = names.count * 2 + 2
        if needed > listCapacity {
            list.deallocate()
            listCapacity = max(needed, listCapacity * 2)
            list = .allocate(capacity: listCapacity)
        }
        for (position, name) in names.enumerated() {
            list[position * 2] = name
            let offset = valueOffsets[position]
            list[position * 2 + 1] = offset < 0 ? nil : UnsafePointer(values + offset)
        }
        list[names.count * 2] = nil
        list[names.count * 2 + 1] = nil
        handedOverEnd = endsWithSlash ? endOffset : -1
        handedOverName = name
        endOffset = -1
        return list
    }
}
