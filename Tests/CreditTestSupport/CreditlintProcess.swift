import Foundation

/// Runs the real `creditlint` binary, as CI does, and collects its output through pipes.
///
/// For scans whose output may be large, or that must not hang the test run, use
/// ``BoundedProcess``.
public enum CreditlintProcess {
    /// The binary of the same build as the tests.
    public static let binary: URL = {
        // The test bundle sits next to the products of the same build.
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let sibling = products.appendingPathComponent("creditlint")
        if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        return TestFiles.repositoryRoot.appendingPathComponent(".build/debug/creditlint")
    }()

    /// How the process ended and what it wrote.
    public struct Result {
        /// The exit status.
        public var status: Int32
        /// Standard output, decoded as UTF-8.
        public var stdout: String
        /// Standard error, decoded as UTF-8.
        public var stderr: String
    }

    /// Runs `creditlint` with `arguments` to the end.
    ///
    /// - Parameters:
    ///   - arguments: The command line after the program name.
    ///   - stdin: Text written to standard input, which is then closed.
    ///   - directory: The working folder; the test's own when nil.
    ///   - environment: Variables set on top of the test's environment, from which the GitHub
    ///     Actions variables and `NO_COLOR` are removed first.
    public static func run(
        _ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // Tests that run inside GitHub Actions must not inherit its annotations and job summary.
        var inherited = ProcessInfo.processInfo.environment
        for name in ["GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR"] { inherited[name] = nil }
        process.environment = inherited.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
