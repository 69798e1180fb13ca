extension String {
    /// Whether any UTF-8 byte of the string satisfies `predicate`.
    ///
    /// The renderers' escaping helpers ask this first and return the string as it is when the
    /// answer is no: nearly all page text holds nothing to escape, and a pass over the bytes
    /// costs a fraction of walking characters or scalars (which would be most of rendering a
    /// large report). Every character those helpers change is ASCII or has a lead byte the predicate
    /// names, so the answer is exact for them; a predicate may say yes too often, which only
    /// sends the string the long way.
    func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        var copy = self
        return copy.withUTF8 { bytes in bytes.contains(where: predicate) }
    }
}
