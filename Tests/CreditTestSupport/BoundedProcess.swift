import Foundation

/// Runs the real `creditlint` binary with a deadline, its output going to files (a large
/// report would fill a pipe that nobody reads yet). The deadline is not a timing assertion:
/// it only turns a hang into a failure instead of a test run that never ends.
public enum BoundedProcess {
    /// How the process ended and what it wrote.
    public struct Result {
        /// The exit status (or the signal's number when `signalled`).
        public var status: Int32
        /// Standard output, as bytes.
        public var stdout: Data
        /// Standard error, decoded as UTF-8.
        public var stderr: String
        /// True when the deadline passed and the process was terminated.
        public var timedOut: Bool
        /// True when the process ended by a signal (a crash) rather than by exiting.
        public var signalled: Bool
    }

    /// Runs `creditlint` with `arguments` and waits at most `timeout` seconds for it.
    public static func run(
        _ arguments: [String], timeout: TimeInterval, environment: [String: String] = [:]
    ) throws -> Result {
        let process = try start(arguments, environment: environment)
        let deadline = Date().addingTimeInterval(timeout)
        while process.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let timedOut = process.process.isRunning
        if timedOut { process.process.terminate() }
        return try process.finish(timedOut: timedOut)
    }

    /// A started process whose output is collected when it ends.
    public struct Started {
        /// The running process.
        public let process: Process
        let output: TemporaryFolder

        /// Waits for the process to end and reads what it wrote.
        public func finish(timedOut: Bool = false) throws -> Result {
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                stdout: try Data(contentsOf: output.url.appendingPathComponent("out")),
                stderr: String(decoding: try Data(contentsOf: output.url.appendingPathComponent("err")), as: UTF8.self),
                timedOut: timedOut, signalled: process.terminationReason == .uncaughtSignal)
        }
    }

    /// Starts `creditlint` with `arguments` and returns at once.
    public static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Started {
        let output = try TemporaryFolder(["out": "", "err": ""])
        let process = Process()
        process.executableURL = CreditlintProcess.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: output.url.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: output.url.appendingPathComponent("err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Started(process: process, output: output)
    }
}
