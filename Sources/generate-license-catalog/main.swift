import Foundation
import LicenseCatalogGenerator

// Usage: swift run generate-license-catalog [repository-root]
// Defaults to the current directory, which is the repository root under `swift run`.
let arguments = CommandLine.arguments.dropFirst()
let root = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)

do {
    let written = try LicenseCatalogGenerator.write(repositoryRoot: root)
    print("wrote \(written.path)")
} catch {
    FileHandle.standardError.write(Data("generate-license-catalog: \(error)\n".utf8))
    exit(1)
}
