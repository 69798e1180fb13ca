import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint dump-config`: print the default, or the effective, configuration as YAML.
struct DumpConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-config",
        abstract: "Print the default configuration, or with --effective the one a scan of PATH uses, as YAML.",
        discussion: """
            The output is a valid \(Configuration.fileName): save it as a starting point. \
            Command-line options of a scan still win over it.
            """)

    @Argument(help: "The folder whose configuration to show with --effective (default: the current folder).")
    var path: String = "."

    @Flag(help: "Merge the defaults with the configuration file found for PATH (or --config).")
    var effective = false

    @Option(help: "The configuration file (default: the nearest \(Configuration.fileName) in PATH or above).")
    var config: String?

    func run() throws {
        var shown = Configuration.defaults
        if effective {
            let loaded = try Configuration.load(forRoot: path, explicitPath: config)
            for warning in loaded.warnings {
                FileHandle.standardError.write(Data("creditlint: warning: \(warning)\n".utf8))
            }
            shown = loaded.configuration.overlaying(shown)
        }
        var text = try shown.yaml()
        if effective, shown.jobs == 0 {
            // What `jobs: 0` stands for on this machine: a YAML comment, so the text still reads back.
            let cpus = UsableCPUs.count
            text = text.replacingOccurrences(
                of: "\njobs: 0\n", with: "\njobs: 0 # \(cpus) usable CPU\(cpus == 1 ? "" : "s")\n")
        }
        print(text, terminator: "")
    }
}
