import CreditTestSupport
import Foundation

/// A small site whose pages share images: credited on one page and not on another, credited to
/// two authors, credited alike in different spellings, and one file under two names.
enum CrossPageSite {
    static func article(_ title: String, _ figures: String) -> String {
        """
        <!DOCTYPE html><html><head><title>\(title)</title></head><body><main><article><h1>\(title)</h1>
        <p>The council met on Tuesday to discuss the harbour, the bridge and the market, and agreed on a plan.</p>
        \(figures)
        </article></main></body></html>

        """
    }

    static func figure(_ src: String, _ caption: String) -> String {
        #"<figure><img src="\#(src)" alt="A view" width="800" height="500"><figcaption>\#(caption)</figcaption></figure>"#
    }

    /// The site in a new temporary folder, under `site/`.
    static func make() throws -> TemporaryFolder {
        let folder = try TemporaryFolder([
            "site/news/a.html": article(
                "Harbour",
                figure("../img/harbour.jpg", "The harbour at dusk. Photo: Anna Berg / dpa")
                    + figure("/img/bridge.jpg", "The old bridge. Photo: Anna Berg")),
            "site/news/b.html": article(
                "Harbour again",
                figure("/img/harbour.jpg", "The harbour at dusk.")
                    + figure("../img/bridge.jpg", "The old bridge. Photo: Jan Ek")),
            "site/c.html": article(
                "Copies",
                figure("media/copy.jpg", "A copy of the harbour.")
                    + figure("img/market.jpg", "Market day. PHOTO: anna  berg / DPA")),
            "site/d.html": article("Market", figure("/img/market.jpg", "Market day. Photo: Anna Berg/dpa")),
            "site/e.html": article("Lone", figure("img/lone.jpg", "A lone tree.")),
        ])
        let harbour = Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try folder.write("site/img/harbour.jpg", harbour)
        try folder.write("site/media/copy.jpg", harbour)
        try folder.write("site/img/bridge.jpg", Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 3) }))
        try folder.write("site/img/market.jpg", Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 5) }))
        return folder
    }
}
