internal import CLibXML2
import CreditDocument
import CreditLicenses
import Foundation

/// Collects libxml2's structured errors for one parse instead of letting them reach stderr.
///
/// libxml2 keeps its error handler per thread, so the handler is installed right before a
/// synchronous parse on the calling thread and removed right after.
final class DiagnosticCollector {
    private(set) var diagnostics: [ParseDiagnostic] = []

    /// libxml2 2.9 does not know HTML5 elements (`figure`, `picture`, `source` …) and reports
    /// each as "Tag … invalid"; the tree is still right, so these are noise.
    private static let unknownTagCode = Int32(XML_HTML_UNKNOWN_TAG.rawValue)

    /// At most this many diagnostics are kept per page; a broken page can produce thousands.
    private static let limit = 200

    func capturing<T>(_ body: () -> T) -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
            collector.record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }

    private func record(_ error: xmlError) {
        guard error.code != Self.unknownTagCode, diagnostics.count < Self.limit else { return }
        let raw: UnsafeMutablePointer<CChar>? = error.message
        let message = raw.map { Self.trimmed($0) } ?? "parse error"
        diagnostics.append(ParseDiagnostic(line: Int(error.line), message: message, code: Int(error.code)))
    }

    /// The message without surrounding whitespace (libxml2 ends each with a new line). ASCII
    /// ends are trimmed on the bytes; a message with a non-ASCII end, which might be Unicode
    /// whitespace, goes through Foundation's trimming as before.
    private static func trimmed(_ message: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawBufferPointer(start: message, count: strlen(message))
        var start = 0
        var end = bytes.count
        while start < end, bytes[start].isASCIIWhitespace { start += 1 }
        while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
        guard start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) else {
            return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// One-time libxml2 set-up for the process.
enum LibXML2Setup {
    private static let once: Void = {
        xmlInitParser()
        // Generic (unstructured) errors would go to stderr; nothing should.
        clx_silence_generic_errors()
        // HTML_PARSE_NONET already forbids the network; refusing every external entity and
        // DTD as well means no page can make libxml2 open anything, remote or local.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    static func initialize() { _ = once }
}
