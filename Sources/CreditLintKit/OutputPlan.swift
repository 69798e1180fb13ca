import CreditModel
import CreditReporting
import CreditStore
import Foundation

/// When text output is coloured: `auto` colours only a terminal without `NO_COLOR`.
public enum ColorChoice: String, Sendable, CaseIterable {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset or empty.
    case auto
    /// Always colour (overrides `NO_COLOR`, as an explicit option should).
    case always
    /// Never colour.
    case never
}

/// Where a report goes: one format on standard output (or `--output`), any number of formats
/// written to files, GitHub annotations next to the text in GitHub Actions, and the job summary.
///
/// ```swift
/// let plan = try OutputPlan(formats: ["sarif=out.sarif"], environment: ProcessInfo.processInfo.environment)
/// try plan.checkDestinations()                 // before a long scan
/// let warnings = try plan.emit(report) { print($0, terminator: "") }
/// ```
public struct OutputPlan: Sendable {
    /// The format printed on standard output, or written to ``primaryPath``.
    public var primary: ReportFormat
    /// `--output`: where the primary format goes instead of standard output.
    public var primaryPath: String?
    /// Formats written to files (`--format NAME=PATH`), in the order given.
    public var files: [(format: ReportFormat, path: String)]
    /// Whether GitHub workflow commands are printed on standard output after the primary report.
    public var annotations: Bool
    /// Whether the primary text report is coloured.
    public var color: Bool
    /// Whether the primary text report is quiet (only the findings that fail the build).
    public var quiet: Bool
    /// The file a Markdown job summary is appended to (`$GITHUB_STEP_SUMMARY`).
    public var stepSummary: String?

    /// Works out the plan from the command line and the environment.
    ///
    /// - Parameters:
    ///   - formats: The `--format` values: `NAME` for standard output (at most one), or
    ///     `NAME=PATH` to write that format to a file.
    ///   - output: `--output`, where the standard-output format goes instead.
    ///   - environment: Read for `GITHUB_ACTIONS`, `GITHUB_STEP_SUMMARY` and `NO_COLOR`.
    ///   - stdoutIsTerminal: Whether standard output is a terminal, for `--color auto`.
    /// - Throws: ``CreditLintError/invalidValue(option:value:hint:)`` for an unknown format,
    ///   an empty path, two formats on standard output, or one path used twice.
    public init(
        formats: [String], output: String? = nil, color: ColorChoice = .auto, quiet: Bool = false,
        environment: [String: String] = [:], stdoutIsTerminal: Bool = false
    ) throws {
        var bare: [ReportFormat] = []
        var files: [(format: ReportFormat, path: String)] = []
        for value in formats {
            let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let format = ReportFormat(rawValue: String(parts[0])) else {
                let names = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw CreditLintError.invalidValue(
                    option: "--format", value: value, hint: "expected one of \(names), optionally followed by =PATH")
            }
            guard parts.count == 2 else {
                bare.append(format)
                continue
            }
            guard !parts[1].isEmpty else {
                throw CreditLintError.invalidValue(option: "--format", value: value, hint: "give a file after '='")
            }
            files.append((format, String(parts[1])))
        }
        guard bare.count <= 1 else {
            throw CreditLintError.invalidValue(
                option: "--format", value: bare.map(\.rawValue).joined(separator: ", "),
                hint: "only one format can go to standard output; write the others with --format NAME=PATH")
        }
        let paths = files.map(\.path) + (output.map { [$0] } ?? [])
        if let repeated = Dictionary(grouping: paths, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw CreditLintError.invalidValue(
                option: "--format", value: repeated, hint: "two reports cannot be written to the same file")
        }
        primary = bare.first ?? .text
        primaryPath = output
        self.files = files
        // In GitHub Actions the log gets annotations too, unless a format was chosen explicitly.
        annotations = bare.isEmpty && environment["GITHUB_ACTIONS"] == "true"
        switch color {
        case .always: self.color = true
        case .never: self.color = false
        case .auto: self.color = stdoutIsTerminal && output == nil && (environment["NO_COLOR"] ?? "").isEmpty
        }
        self.quiet = quiet
        stepSummary = environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Checks that every report file can be written, so that a typo fails before a long scan.
    public func checkDestinations() throws {
        for (option, path) in destinations {
            if let problem = Self.problem(writing: path) {
                throw CreditLintError.invalidValue(
                    option: option, value: path, hint: "cannot write the report: \(problem)")
            }
        }
    }

    /// Renders and delivers every report: files first, then standard output, then the summary.
    ///
    /// - Parameter standardOutput: Receives what belongs on standard output.
    /// - Returns: Warnings for the user (a job summary that could not be appended).
    /// - Throws: ``CreditLintError`` when a report file cannot be written.
    public func emit(_ report: ScanReport, standardOutput: (String) -> Void) throws -> [String] {
        try emit(ReportStream(report), standardOutput: standardOutput)
    }

    /// Renders and delivers every report as it is rendered, piece by piece, so that a report
    /// of any size is never held whole: files first, then standard output, then the summary.
    ///
    /// - Parameter standardOutput: Receives what belongs on standard output, in pieces.
    /// - Returns: Warnings for the user (a job summary that could not be appended).
    /// - Throws: ``CreditLintError`` when a report file cannot be written.
    public func emit(_ report: ReportStream, standardOutput: (String) -> Void) throws -> [String] {
        for (format, path) in files {
            try write(Self.renderer(format, report, writingTo: path), report, to: path, option: "--format")
        }
        let primaryRenderer: any ReportRenderer =
            primary == .text
            ? TextRenderer(color: color, quiet: quiet) : Self.renderer(primary, report, writingTo: primaryPath)
        if let primaryPath {
            try write(primaryRenderer, report, to: primaryPath, option: "--output")
        } else {
            try ReportWriter.render(report, with: primaryRenderer, to: standardOutput)
        }
        if annotations {
            try GitHubRenderer().render(report, to: standardOutput)
        }
        guard let stepSummary else { return [] }
        guard let handle = FileHandle(forWritingAtPath: stepSummary) ?? Self.create(stepSummary) else {
            return ["cannot append the job summary to \(stepSummary) (GITHUB_STEP_SUMMARY)"]
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try ReportWriter.render(report, with: MarkdownRenderer()) { (bytes: UnsafeRawBufferPointer) in
                try handle.write(contentsOf: bytes)
            }
        } catch {
            return ["cannot append the job summary to \(stepSummary): \(error.localizedDescription)"]
        }
        return []
    }

    /// The renderer of `format` for a report written to `path` (nil: standard output, read
    /// from the current folder): the HTML report links its thumbnails relative to its file.
    static func renderer(_ format: ReportFormat, _ report: ReportStream, writingTo path: String?) -> any ReportRenderer
    {
        guard format == .html else { return format.renderer }
        let folder =
            path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
            ?? FileManager.default.currentDirectoryPath
        return HTMLRenderer(localImages: LocalImageFiles(root: report.header.root, reportFolder: folder))
    }

    private var destinations: [(option: String, path: String)] {
        files.map { ("--format", $0.path) } + (primaryPath.map { [("--output", $0)] } ?? [])
    }

    private func write(_ renderer: any ReportRenderer, _ report: ReportStream, to path: String, option: String) throws {
        do {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else {
                throw CocoaError(.fileWriteUnknown)
            }
            defer { try? handle.close() }
            try ReportWriter.render(report, with: renderer) { (bytes: UnsafeRawBufferPointer) in
                try handle.write(contentsOf: bytes)
            }
        } catch let error as CreditLintError {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw CreditLintError.invalidValue(
                option: option, value: path,
                hint: "cannot write the report: \(Self.problem(writing: path) ?? error.localizedDescription)")
        }
    }

    private static func create(_ path: String) -> FileHandle? {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        return FileHandle(forWritingAtPath: path)
    }

    /// Why `path` cannot be written, or nil when it looks writable.
    static func problem(writing path: String) -> String? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return "it is a folder" }
            return manager.isWritableFile(atPath: path) ? nil : "permission denied"
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            return "no such folder: \(parent)"
        }
        return manager.isWritableFile(atPath: parent) ? nil : "permission denied in \(parent)"
    }
}
