internal import CLibXML2
import CreditDocument

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `class` and `id` of elements, with their split (``IdentifierWords``), shared between
/// elements: menus, lists and cards repeat one `class` on many elements of a page, and a
/// site's template repeats its classes and ids on every page.
///
/// Looked up by the raw bytes before any string is made: first in this thread's table, kept
/// from page to page (``ThreadIdentifierCache``), then in ``SharedIdentifierSplits`` for the
/// whole run, which takes a lock. The thread's table is bounded (entries and probes): it
/// starts over when full, and values that collide past the probes only lose the sharing.
struct SAXIdentifierCache {
    /// The strings an element's first `class` and first `id` become, and their split.
    struct Entry: Sendable {
        var hash: UInt64
        var classValue: String?
        var idValue: String?
        var identifiers: IdentifierWords?
    }

    private static let maximumEntries = 8192
    private static let maximumProbes = 8
    private var slots = [Int32](repeating: -1, count: 1024)
    private var entries: [Entry] = []

    /// The entry for an element whose first `class` and first `id` have these values (nil:
    /// the attribute is absent; an attribute without a value is empty).
    mutating func entry(class classRaw: UnsafePointer<xmlChar>?, id idRaw: UnsafePointer<xmlChar>?) -> Entry {
        let classBytes = classRaw.map(Self.bytes)
        let idBytes = idRaw.map(Self.bytes)
        let hash = Self.hash(classBytes, idBytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.maximumProbes {
            let index = Int(slots[slot])
            if index < 0 {
                let entry = SharedIdentifierSplits.shared.entry(class: classBytes, id: idBytes, hash: hash)
                guard Self.isExact(entry, classBytes, idBytes) else { return entry }
                if entries.count >= Self.maximumEntries {
                    // Full: start over rather than stop sharing, since the table lives on
                    // from page to page (see ``ThreadIdentifierCache``).
                    self = SAXIdentifierCache()
                    slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
                }
                slots[slot] = Int32(entries.count)
                entries.append(entry)
                if entries.count * 2 > slots.count { grow() }
                return entry
            }
            if entries[index].hash == hash, Self.isExact(entries[index], classBytes, idBytes) { return entries[index] }
            slot = (slot + 1) & mask
        }
        return SharedIdentifierSplits.shared.entry(class: classBytes, id: idBytes, hash: hash)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    static func bytes(_ raw: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: raw, count: strlen(UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self)))
    }

    /// A multiply-and-fold hash over both values, eight bytes at a time, with their presence
    /// and lengths: `class` values run to dozens of bytes on every element, where a hash that
    /// takes one byte per multiply cost more than the rest of the lookup. Neither table relies
    /// on the hash being hard to collide (probes and entries are bounded, and every hit is
    /// compared byte for byte).
    static func hash(_ classBytes: UnsafeBufferPointer<UInt8>?, _ idBytes: UnsafeBufferPointer<UInt8>?) -> UInt64 {
        let presence: UInt64 = (classBytes == nil ? 0 : 1) | (idBytes == nil ? 0 : 2)
        return fold(fold(0xcbf2_9ce4_8422_2325 ^ presence, classBytes), idBytes)
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// `seed` with the bytes and their count mixed in; the high bits are folded down after
    /// each multiply, since the tables pick slots by the low bits.
    private static func fold(_ seed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>?) -> UInt64 {
        var hash = (seed ^ UInt64(bytes?.count ?? 0xFFFF)) &* multiplier
        guard let bytes, let base = bytes.baseAddress else { return hash ^ (hash >> 32) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 32)
    }

    /// Whether the entry's strings are exactly these bytes. A value that is not valid UTF-8
    /// was repaired, so its string never matches and it is never shared.
    static func isExact(
        _ entry: Entry, _ classBytes: UnsafeBufferPointer<UInt8>?, _ idBytes: UnsafeBufferPointer<UInt8>?
    ) -> Bool {
        equals(entry.classValue, classBytes) && equals(entry.idValue, idBytes)
    }

    /// Whether the string is exactly these bytes (both absent counts too).
    static func equals(_ value: String?, _ bytes: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let value, let bytes else { return value == nil && bytes == nil }
        let utf8 = value.utf8
        guard utf8.count == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        // Read in place, without a copy of the string: its storage is contiguous (it was made
        // from these bytes), and a copy would retain and release it on every lookup.
        return utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, base, bytes.count) == 0 }
            ?? utf8.elementsEqual(bytes)
    }
}

/// The run-wide table behind ``SAXIdentifierCache``: the `class`/`id` pairs of every page
/// parsed so far, so that each page of a site's template reuses the splits of the first.
///
/// Consulted once per distinct pair of a page, never per element; worker threads share it
/// under a lock held for lookups and insertions, never while splitting. Found by the pair's
/// hash and compared byte for byte, so no string is made for a pair seen before. It holds at
/// most ``maximumEntries`` pairs and starts over when full, so memory stays flat.
final class SharedIdentifierSplits: @unchecked Sendable {
    static let shared = SharedIdentifierSplits()
    static let maximumEntries = 65_536

    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    // Guarded by `lock`.
    private var byHash: [UInt64: [SAXIdentifierCache.Entry]] = [:]
    private var count = 0

    private init() {
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func entry(class classBytes: UnsafeBufferPointer<UInt8>?, id idBytes: UnsafeBufferPointer<UInt8>?, hash: UInt64)
        -> SAXIdentifierCache.Entry
    {
        pthread_mutex_lock(lock)
        let found = byHash[hash]?.first { SAXIdentifierCache.isExact($0, classBytes, idBytes) }
        pthread_mutex_unlock(lock)
        if let found { return found }
        let classValue = classBytes.map { String(decoding: $0, as: UTF8.self) }
        let idValue = idBytes.map { String(decoding: $0, as: UTF8.self) }
        var attributes: [HTMLAttribute] = []
        if let classValue { attributes.append(HTMLAttribute(name: "class", value: classValue)) }
        if let idValue { attributes.append(HTMLAttribute(name: "id", value: idValue)) }
        let made = SAXIdentifierCache.Entry(
            hash: hash, classValue: classValue, idValue: idValue, identifiers: IdentifierWords.of(attributes))
        // A value that is not valid UTF-8 was repaired and would never be found again.
        guard SAXIdentifierCache.isExact(made, classBytes, idBytes) else { return made }
        pthread_mutex_lock(lock)
        if count >= Self.maximumEntries {
            byHash.removeAll(keepingCapacity: true)
            count = 0
        }
        byHash[hash, default: []].append(made)
        count += 1
        pthread_mutex_unlock(lock)
        return made
    }
}

/// Each thread's ``SAXIdentifierCache``, handed to the page it parses and taken back when
/// the page is done, so that the pages a worker parses share one table without a lock: a
/// site's template repeats its `class` and `id` values on every page.
enum ThreadIdentifierCache {
    private final class Box {
        /// Nil while a page holds the table (and before the thread's first page).
        var cache: SAXIdentifierCache?
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { box in
            #if canImport(Darwin)
                Unmanaged<AnyObject>.fromOpaque(box).release()
            #else
                if let box { Unmanaged<AnyObject>.fromOpaque(box).release() }
            #endif
        }
        return key
    }()

    private static var box: Box {
        if let stored = pthread_getspecific(key) { return Unmanaged<Box>.fromOpaque(stored).takeUnretainedValue() }
        let box = Box()
        pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        return box
    }

    /// This thread's table, or a new one when the thread has none; the thread holds none
    /// until ``giveBack(_:)``, so the page's table is never shared and copied on write.
    static func take() -> SAXIdentifierCache {
        box.cache.take() ?? SAXIdentifierCache()
    }

    /// Keeps `cache` for the next page this thread parses.
    static func giveBack(_ cache: SAXIdentifierCache) {
        box.cache = cache
    }
}
