import Foundation

/// Runs the real `creditlint` binary with a deadline, its output going to files (a large
/// report would fill a pipe that nobody reads yet). The deadline is not a timing assertion:
/// it only turns a hang into a failure instead of a test run that never ends.
enum BoundedProcess {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var timedOut: Bool
        /// True when the process ended by a signal (a crash) rather than by exiting.
        var signalled: Bool
    }

    static func run(
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
    struct Started {
        let process: Process
        let folder: URL

        func finish(timedOut: Bool = false) throws -> Result {
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(at: folder) }
            return Result(
                status: process.terminationStatus,
                stdout: try Data(contentsOf: folder.appendingPathComponent("out")),
                stderr: String(decoding: try Data(contentsOf: folder.appendingPathComponent("err")), as: UTF8.self),
                timedOut: timedOut, signalled: process.terminationReason == .uncaughtSignal)
        }
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Started {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("creditlint-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = CreditlintProcess.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Started(process: process, folder: folder)
    }
}
