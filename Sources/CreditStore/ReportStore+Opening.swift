import Foundation
internal import GRDB

extension ReportStore {
    /// The connection settings every store connection shares.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "creditlint.store"
        return configuration
    }

    /// Creates the folders leading to `path`, so that `--db reports/history.sqlite` works in
    /// a fresh checkout.
    static func createParentFolder(of path: String) throws {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreate(
                path: path, reason: "cannot create the folder \(parent.path): \(StoreError.reason(error))")
        }
    }
}

extension StoreError {
    /// A short, lower-case account of an underlying error, without GRDB's SQL echo.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as StoreError:
            return error.description
        case let error as RecordMappingError:
            return error.reason
        case let error as DatabaseError:
            return error.message ?? "sqlite error \(error.resultCode.rawValue)"
        case let error as CocoaError:
            return error.localizedDescription.lowercased()
        default:
            return String(describing: error)
        }
    }
}
