import Foundation

/// Where the run database lives when `--db` is not given.
///
/// `$CREDITLINT_DB` if set, else `.creditlint/runs.sqlite` in the current directory: next to
/// the project being checked, so `creditlint report` in the same folder finds the last scan
/// and CI caches can keep it with the workspace.
public enum DatabaseLocation {
    /// The relative default path.
    public static let relativeDefault = ".creditlint/runs.sqlite"

    /// The default database path for this environment.
    public static func defaultPath(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let path = environment["CREDITLINT_DB"], !path.isEmpty { return path }
        return relativeDefault
    }
}
