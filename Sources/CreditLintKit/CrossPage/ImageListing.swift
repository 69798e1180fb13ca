import CreditModel
import CreditReporting
import CreditRules
import CreditStore
import Foundation

/// The content images of a recorded run, each picture once (see ``ImageIdentity``), as
/// `creditlint images` lists them.
public struct ImageListing: Codable, Sendable, Equatable {
    /// One picture: where it appears and the credits its pages give.
    public struct Picture: Codable, Sendable, Equatable {
        /// The picture as the first page that shows it names it: a path from the site root for
        /// a relative URL, the URL otherwise.
        public var image: String
        /// Every place it appears, pages in order.
        public var pages: [Appearance]
        /// The different credits its pages give, in page order.
        public var credits: [String]
    }

    /// One place a picture appears.
    public struct Appearance: Codable, Sendable, Equatable {
        /// The page's path relative to the scan root.
        public var path: String
        /// The image's line.
        public var line: Int
        /// The URL as the page writes it.
        public var src: String
        /// The credit the page gives it, nil when none.
        public var credit: String?

        /// Every key, `credit` as `null` when there is none.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(src, forKey: .src)
            try container.encode(credit, forKey: .credit)
        }
    }

    /// The run listed.
    public var run: Int
    /// Its pictures, in the order their first appearance was recorded.
    public var images: [Picture]

    /// The listing as JSON, keys sorted.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// A block per picture: its name, how many pages show it and how many credits they give,
    /// then a line per appearance.
    public func text() -> String {
        var text = ""
        for picture in images {
            let pages = Set(picture.pages.map(\.path)).count
            text += "\(picture.image.escapingForTerminal())  \(pages) page\(pages == 1 ? "" : "s"), "
            text += "\(picture.credits.count) credit\(picture.credits.count == 1 ? "" : "s")\n"
            for appearance in picture.pages {
                let credit = appearance.credit.map { "'\($0)'" } ?? "no credit"
                text += "    \(appearance.path):\(appearance.line)  \(appearance.src)  \(credit)".escapingForTerminal()
                text += "\n"
            }
        }
        text += "run \(run): \(images.count) image\(images.count == 1 ? "" : "s")"
        text += " on \(Set(images.flatMap { $0.pages.map(\.path) }).count) pages\n"
        return text
    }
}

extension CreditLint {
    /// The pictures of a recorded run (the latest, or `run`), each once however many pages
    /// show it, with the credits the pages give.
    /// - Throws: ``CreditLintError/noRuns(database:)``; store errors when it cannot be read.
    public static func recordedImages(database: String, run: Int? = nil) throws -> ImageListing {
        guard FileManager.default.fileExists(atPath: database) else {
            throw CreditLintError.noRuns(database: database)
        }
        let store = try ReportStore(path: database)
        guard let id = try run ?? store.latestRunID() else { throw CreditLintError.noRuns(database: database) }
        let header = try store.header(run: id)
        let images = try store.crossPageImages(run: id, missingAttributionRule: MissingAttributionRule.id)
        var identity = ImageIdentity(root: header.root)
        let pictures = identity.groups(of: images.map { ($0.path, $0.src, $0.sources) }).map { group in
            let members = group.map { images[$0] }
            let first = members[0]
            var credits: [String] = []
            for credit in members.compactMap(\.creditText) where !credits.contains(credit) { credits.append(credit) }
            return ImageListing.Picture(
                image: ImageIdentity.sitePath(of: first.src, onPage: first.path) ?? first.src,
                pages: members.map {
                    ImageListing.Appearance(path: $0.path, line: $0.line, src: $0.src, credit: $0.creditText)
                },
                credits: credits)
        }
        return ImageListing(run: id, images: pictures)
    }
}
