/// FNV-1a 64-bit, as 16 lower-case hex digits: a stable, dependency-free hash for identities
/// that must not change between runs or machines (unlike `Hasher`, which is seeded per process).
package enum StableHash {
    package static func hex(_ input: String) -> String {
        let hex = String(value(input), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The hash of the UTF-8 bytes of `input` as a number.
    package static func value(_ input: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in input.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
