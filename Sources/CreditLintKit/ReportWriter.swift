import CreditCore

/// Gathers a renderer's small pieces of text into chunks of about 64 KiB before writing them,
/// so that a streamed report costs a few large writes rather than one per line.
enum ReportWriter {
    private static let chunkSize = 1 << 16

    /// Renders `report` with `renderer`, handing `write` chunks of the output.
    static func render(
        _ report: ReportStream, with renderer: any ReportRenderer, to write: (String) throws -> Void
    ) throws {
        var pending = ""
        try renderer.render(report) { text in
            pending += text
            if pending.utf8.count >= chunkSize {
                try write(pending)
                pending = ""
            }
        }
        if !pending.isEmpty { try write(pending) }
    }
}
