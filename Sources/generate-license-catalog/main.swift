import Foundation
import LicenseCatalogGenerator

// Usage:
//   swift run generate-license-catalog [repository-root]
//       rewrites the compiled catalogue from Licenses/ (the root defaults to the current
//       directory, which is the repository root under `swift run`)
//   swift run generate-license-catalog import-cc-translations CHECKOUT REPOSITORY DEEDS-COMMIT LEGAL-CODE-COMMIT
//       rewrites Licenses/cc-translations.tsv from an export of cc-legal-tools-app's
//       locale/ and locale.licenses/ folders (see Scripts/import-cc-translations.sh)
var arguments = Array(CommandLine.arguments.dropFirst())
let currentDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

do {
    if arguments.first == "import-cc-translations" {
        guard arguments.count == 5 else {
            throw CommandLineError(
                "usage: import-cc-translations CHECKOUT REPOSITORY DEEDS-COMMIT LEGAL-CODE-COMMIT")
        }
        let source = CCTranslationImporter.Source(
            repository: arguments[2], deedsCommit: arguments[3], legalCodeCommit: arguments[4])
        let (written, count) = try CCTranslationImporter.write(
            checkout: URL(fileURLWithPath: arguments[1]), repositoryRoot: currentDirectory, source: source)
        print("wrote \(written.path) (\(count) names)")
    } else {
        let root = arguments.first.map { URL(fileURLWithPath: $0) } ?? currentDirectory
        let written = try LicenseCatalogGenerator.write(repositoryRoot: root)
        print("wrote \(written.path)")
    }
} catch {
    FileHandle.standardError.write(Data("generate-license-catalog: \(error)\n".utf8))
    exit(1)
}

/// A mistake in the arguments, reported as the message.
struct CommandLineError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
