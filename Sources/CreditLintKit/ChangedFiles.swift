import Foundation

/// Changed-files mode: the pages given after the root or through `--files-from`.
public enum ChangedFiles {
    /// The lines of a `--files-from` source: a file, or `-` for standard input.
    ///
    /// - Throws: ``CreditLintError/invalidValue(option:value:hint:)`` when the file cannot be read.
    public static func read(_ source: String) throws -> [String] {
        let text: String
        if source == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            do {
                text = try String(contentsOfFile: source, encoding: .utf8)
            } catch {
                throw CreditLintError.invalidValue(
                    option: "--files-from", value: source, hint: "cannot read it: \(FileWalker.reason(error))")
            }
        }
        return text.split(whereSeparator: \.isNewline).map(String.init)
    }

    /// The listed paths that are pages under `root`, relative to it (see
    /// `FileWalker.changedPages`).
    ///
    /// - Parameter explicit: The paths were named one by one on the command line (`PAGE…`):
    ///   a file that is not a page, or lies outside `root`, is then an error instead of being
    ///   left out, as it is in a `--files-from` list of everything a commit changed.
    public static func pages(
        _ paths: [String], root: String, currentFolder: String = FileManager.default.currentDirectoryPath,
        explicit: Bool = false
    ) throws -> [String] {
        try FileWalker.changedPages(
            paths, root: root, currentFolder: currentFolder, option: explicit ? "PAGE" : "changed files",
            explicit: explicit)
    }
}
