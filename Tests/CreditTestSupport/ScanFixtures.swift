import CreditCore
import CreditHTML
import Foundation
import Testing

/// Parses and scans pages held in memory, as the pipeline does for one page.
public enum ScanFixtures {
    /// Parses and scans a page.
    public static func scan(_ html: String, path: String = "page.html") -> PageScan {
        scan(bytes: Array(html.utf8), path: path)
    }

    /// Parses and scans a page's bytes, decoded as a scan decodes them.
    public static func scan(bytes: [UInt8], path: String = "page.html") -> PageScan {
        PageScanner().scan(HTMLParser.parse(Data(bytes)), path: path)
    }

    /// Scans `body` inside ``TestPages/page(_:header:footer:aside:)``.
    public static func scanBody(_ body: String) -> PageScan {
        scan(TestPages.page(body))
    }

    /// The credit of the one content image `body` holds inside the standard page; expects
    /// that there is exactly one.
    public static func creditOfOnlyImage(
        _ body: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> ImageCredit? {
        let scan = scanBody(body)
        #expect(scan.images.count == 1, sourceLocation: sourceLocation)
        return scan.images.first?.credit
    }
}
