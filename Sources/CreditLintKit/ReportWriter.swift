import CreditReporting

/// Renders a report into chunks of about 64 KiB of UTF-8 (see ``ReportSink``), so that a
/// streamed report costs a few large writes rather than one per line.
enum ReportWriter {
    /// Renders `report` with `renderer`, handing `write` chunks of bytes, each holding whole
    /// characters; `write` must use them before it returns.
    static func render(
        _ report: ReportStream, with renderer: any ReportRenderer,
        to write: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        try withoutActuallyEscaping(write) { write in
            let sink = ReportSink(deliver: write)
            try renderer.render(report, into: sink)
            try sink.finish()
        }
    }

    /// Renders `report` with `renderer`, handing `write` chunks of text.
    static func render(
        _ report: ReportStream, with renderer: any ReportRenderer, to write: (String) throws -> Void
    ) throws {
        try render(report, with: renderer) { (bytes: UnsafeRawBufferPointer) in
            try write(String(decoding: bytes, as: UTF8.self))
        }
    }
}
