import CreditHTML
import CreditMedia

// libFuzzer entry point for the embedded-metadata readers on arbitrary bytes: the JPEG, PNG
// and WebP walkers, Exif and IPTC-IIM, and the XMP packet they find, decoded by libxml2. The
// seeds are real files with every block (Fuzz/Corpus/embedded-metadata, written by
// Scripts/make-embedded-fixtures.sh). Built and run by Scripts/fuzz.sh, never by `swift build`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    let blocks = EmbeddedBlockReader.read(bytes)
    if let packet = blocks.xmp {
        precondition(packet.count <= min(bytes.count, EmbeddedBlockReader.maxXMPBytes), "XMP beyond its bounds")
        _ = XMPReader.read(packet)
    }
    // The bytes as an XMP packet themselves, for the XML side.
    _ = XMPReader.read(bytes)
    return 0
}
