import Foundation
import Testing

/// Where the tests find the files they read.
///
/// What a test needs is committed with the tests (`Tests/Data/`, whose README names each
/// file's source and licence), so that `swift test` passes on a fresh clone. The labelled
/// corpora live beside the repository in the developers' workspace only; tests that read them
/// are extras, enabled when the folder is there and reported as skipped otherwise.
public enum TestFiles {
    /// The repository's root, found from this file (`Tests/CreditTestSupport/`).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed test data.
    public static let data = repositoryRoot.appendingPathComponent("Tests/Data")

    /// The OASIS SARIF 2.1.0 JSON schema.
    public static let sarifSchema = data.appendingPathComponent("sarif-schema-2.1.0.json")

    /// The html5lib-tests inputs: tokenizer cases and encoding-sniffing cases.
    public static let html5libTests = data.appendingPathComponent("html5lib-tests")

    /// The licence case table (`kind`, `input`, `expected`, `source`), read by ``LicenseCase``.
    public static let licenseCases = repositoryRoot.appendingPathComponent("Tests/CreditLicensesTests/Data/cases.tsv")

    /// The developers' shared folder beside the repository; a fresh clone has none.
    public static let shared = repositoryRoot.appendingPathComponent("../shared").standardizedFileURL

    /// The shared licence case table that ``licenseCases`` copies.
    public static let sharedLicenseCases = shared.appendingPathComponent("licenses/cases.tsv")

    /// The labelled development corpus's pages, beside the repository.
    public static let devCorpusPages = shared.appendingPathComponent("corpus/dev/pages")

    /// The example site the README's first command scans.
    public static let examples = repositoryRoot.appendingPathComponent("Examples")

    /// The `.html` files in a folder and its subfolders, sorted by path.
    public static func pages(under folder: URL) throws -> [URL] {
        try files(under: folder, withExtension: "html")
    }

    /// The files whose names end in `.pathExtension` in a folder and its subfolders, sorted by path.
    public static func files(under folder: URL, withExtension pathExtension: String) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == pathExtension }
        return files.sorted { $0.path < $1.path }
    }

    /// Whether the labelled development corpus is there to read.
    public static var hasDevCorpus: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: devCorpusPages.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Whether the shared licence case table is there to compare the committed copy with.
    public static var hasSharedLicenseCases: Bool {
        FileManager.default.isReadableFile(atPath: sharedLicenseCases.path)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a test only when the labelled dev corpus is beside the repository, and says why it
    /// was skipped when it is not.
    public static var needsDevCorpus: Self {
        .enabled(
            if: TestFiles.hasDevCorpus, "the labelled dev corpus (../shared/corpus/dev) is not beside the repository")
    }

    /// Runs a test only when the shared licence case table is beside the repository, and says
    /// why it was skipped when it is not.
    public static var needsSharedLicenseCases: Self {
        .enabled(
            if: TestFiles.hasSharedLicenseCases,
            "the shared licence case table (../shared/licenses/cases.tsv) is not beside the repository")
    }
}
