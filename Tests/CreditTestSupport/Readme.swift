import Foundation

/// The repository's README, and the parts of it that tests hold to the code.
public enum Readme {
    /// What a test looked for in the README and did not find.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// The whole README.
    public static func text() throws -> String {
        try String(contentsOf: TestFiles.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The body of the first fenced block in `language` after the line `heading`.
    public static func fencedBlock(_ language: String, after heading: String) throws -> String {
        let text = try text()
        guard let section = text.range(of: "\n\(heading)\n") else { throw Missing(description: "no \(heading)") }
        let rest = text[section.upperBound...]
        guard let start = rest.range(of: "```\(language)\n"), let end = rest[start.upperBound...].range(of: "\n```")
        else { throw Missing(description: "no ```\(language) block after \(heading)") }
        return String(rest[start.upperBound..<end.lowerBound]) + "\n"
    }

    /// The lines between `<!-- name…` and `<!-- end name -->`, the markers excluded.
    public static func marked(_ name: String) throws -> [Substring] {
        let text = try text()
        guard let start = text.range(of: "<!-- \(name)"), let end = text.range(of: "<!-- end \(name) -->"),
            start.upperBound <= end.lowerBound
        else { throw Missing(description: "no <!-- \(name) … <!-- end \(name) --> in the README") }
        return text[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst()
            .map { $0 }
    }
}
