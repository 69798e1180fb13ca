/// Pseudo-random bytes from a fixed seed (xorshift), standing in for compressed or binary
/// data: the same bytes on every run, so a failure can be reproduced.
public enum NoiseBytes {
    /// `count` bytes of noise.
    public static func make(count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }
}
