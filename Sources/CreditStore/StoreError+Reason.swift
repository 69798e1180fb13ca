import Foundation
internal import GRDB

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
