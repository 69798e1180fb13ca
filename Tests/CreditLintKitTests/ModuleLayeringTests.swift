import CreditTestSupport
import Foundation
import Testing

/// Holds the modules to the layers `Package.swift` draws: a module imports only modules on
/// lower lines of the picture, so imports go one way, and no module grows to hold most of
/// the code. SwiftPM refuses a cycle of targets; this also catches a module that imports one
/// it does not declare, or a picture that no longer tells the truth.
@Suite("Module layering")
struct ModuleLayeringTests {
    private static let root = TestFiles.repositoryRoot

    private static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Whether a word names one of the layered modules.
    private static func isModuleName(_ word: Substring) -> Bool {
        word == "creditlint" || (word.hasPrefix("Credit") && word.dropFirst(6).first?.isUppercase == true)
    }

    /// The picture's lines from the top: lines that hold module names and nothing else.
    private static func picture(_ lines: some Sequence<Substring>) -> [[String]] {
        lines.compactMap { line in
            let words = line.split(separator: " ")
            guard !words.isEmpty, words.allSatisfy(isModuleName) else { return nil }
            return words.map(String.init)
        }
    }

    /// The picture in `Package.swift`'s comments.
    private static func packagePicture() throws -> [[String]] {
        let comments = try text("Package.swift").split(separator: "\n").compactMap { line in
            let trimmed = line.drop(while: { $0 == " " })
            return trimmed.hasPrefix("//") ? trimmed.dropFirst(2) : nil
        }
        return picture(comments)
    }

    /// The line of the picture each module is on, counted from the top.
    private static func layers() throws -> [String: Int] {
        var layer: [String: Int] = [:]
        for (line, names) in try packagePicture().enumerated() {
            for name in names { layer[name] = line }
        }
        return layer
    }

    /// Each target's name and the targets it lists by name in `dependencies`.
    private static func declaredDependencies() throws -> [String: [String]] {
        let manifest = try text("Package.swift")
        var result: [String: [String]] = [:]
        for kind in [".target(", ".executableTarget("] {
            var rest = manifest[...]
            while let start = rest.range(of: kind) {
                let body = balanced(rest[start.upperBound...])
                rest = rest[start.upperBound...]
                guard let nameStart = body.range(of: "name: \""),
                    let nameEnd = body[nameStart.upperBound...].firstIndex(of: "\"")
                else { continue }
                let name = String(body[nameStart.upperBound..<nameEnd])
                guard let list = body.range(of: "dependencies: [") else {
                    result[name] = result[name] ?? []
                    continue
                }
                result[name] = topLevelStrings(in: body[list.upperBound...])
            }
        }
        return result
    }

    /// The text up to the parenthesis or bracket that closes the one before it.
    private static func balanced(_ text: Substring) -> Substring {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "(", "[": depth += 1
            case ")", "]":
                if depth == 0 { return text[..<index] }
                depth -= 1
            default: break
            }
        }
        return text
    }

    /// The string literals of a list that are its own elements, not arguments inside one
    /// (`.product(name: "GRDB", …)`).
    private static func topLevelStrings(in list: Substring) -> [String] {
        var strings: [String] = []
        var depth = 0
        var literal: String?
        for character in list {
            if var current = literal {
                if character == "\"" {
                    if depth == 0 { strings.append(current) }
                    literal = nil
                } else {
                    current.append(character)
                    literal = current
                }
                continue
            }
            switch character {
            case "\"": literal = ""
            case "(", "[": depth += 1
            case ")", "]":
                if depth == 0 { return strings }
                depth -= 1
            default: break
            }
        }
        return strings
    }

    /// The modules under `Sources/` that the picture must show.
    private static func sourceModules() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources").path)
            .filter { isModuleName($0[...]) }
            .sorted()
    }

    /// The Swift files of a module, as paths relative to the repository.
    private static func files(of module: String) throws -> [String] {
        let folder = "Sources/\(module)"
        let walker = try #require(FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path))
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map { "\(folder)/\($0)" }.sorted()
    }

    /// The modules a source file imports.
    private static func imports(of path: String) throws -> [String] {
        try text(path).split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard let position = words.firstIndex(of: "import"), position + 1 < words.count,
                words[..<position].allSatisfy({ $0.hasPrefix("@") || ["internal", "public", "package"].contains($0) })
            else { return nil }
            return String(words[position + 1])
        }
    }

    @Test("the picture shows every module once, and the README shows the same picture")
    func pictureIsComplete() throws {
        let picture = try Self.packagePicture()
        let shown = picture.flatMap { $0 }
        #expect(shown.sorted() == (try Self.sourceModules()))
        #expect(Set(shown).count == shown.count)
        let readme = try Self.text("README.md")
        let section = try #require(readme.range(of: "\n## Architecture\n"))
        #expect(
            Self.picture(readme[section.upperBound...].split(separator: "\n").prefix(while: { !$0.hasPrefix("## ") }))
                == picture)
    }

    @Test("a module's dependencies lie on lower lines of the picture")
    func dependenciesGoDown() throws {
        let layers = try Self.layers()
        var checked = 0
        for (module, dependencies) in try Self.declaredDependencies() {
            guard let layer = layers[module] else { continue }
            for dependency in dependencies {
                guard let lower = layers[dependency] else { continue }
                #expect(lower > layer, "\(module) depends on \(dependency), which is not below it")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test("a module imports only the modules it declares")
    func importsAreDeclared() throws {
        let layers = try Self.layers()
        let declared = try Self.declaredDependencies()
        for module in try Self.sourceModules() {
            let allowed = Set(declared[module] ?? [])
            for file in try Self.files(of: module) {
                for imported in try Self.imports(of: file) where layers[imported] != nil {
                    #expect(allowed.contains(imported), "\(file) imports \(imported), which \(module) does not declare")
                }
            }
        }
    }

    @Test("no module holds more than 35 % of the hand-written source lines")
    func moduleSize() throws {
        let modules = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Sources").path)
        var lines: [String: Int] = [:]
        for module in modules {
            for file in try Self.files(of: module) where !file.hasSuffix("+Generated.swift") {
                lines[module, default: 0] += try Self.text(file).split(
                    separator: "\n", omittingEmptySubsequences: false
                ).count
            }
        }
        let total = lines.values.reduce(0, +)
        #expect(total > 0)
        for (module, count) in lines {
            #expect(count * 100 <= total * 35, "\(module) has \(count) of \(total) lines")
        }
    }
}
