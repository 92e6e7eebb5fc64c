import Foundation
import PostgresNIO
import TendStore

/// Turns what postgres-nio and the server report into the store's errors, each with a message
/// that says what happened and what to do.
enum PostgresErrors {
    /// The SQLSTATE of a server error, if `error` is one.
    static func sqlState(_ error: Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Whether `error` means the connection is gone (rather than a refused statement).
    static func isConnectionLoss(_ error: Error) -> Bool {
        if case StoreError.unavailable = error { return true }
        guard let error = error as? PSQLError else { return !(error is StoreError) }
        switch error.code {
        case .server:
            guard let state = error.serverInfo?[.sqlState] else { return false }
            return state.hasPrefix("08") || state.hasPrefix("57P")
        default:
            return true
        }
    }

    /// The store error for a failure to connect: a refused login stays a denial, anything else
    /// the server says then (not accepting connections, shutting down, too many clients) means
    /// the store cannot be reached; no change had begun.
    static func translateConnect(_ error: Error, location: String) -> Error {
        let translated = translate(error, location: location)
        guard case StoreError.invalid = translated else { return translated }
        let message = (error as? PSQLError)?.serverInfo?[.message] ?? "\(translated)"
        return StoreError.unavailable(location: location, reason: message)
    }

    /// The store error for a failure at `location`.
    static func translate(_ error: Error, location: String) -> Error {
        if error is StoreError { return error }
        guard let error = error as? PSQLError else {
            return StoreError.unavailable(location: location, reason: "\(error)")
        }
        switch error.code {
        case .server:
            let info = error.serverInfo
            let state = info?[.sqlState] ?? "?"
            let message = info?[.message] ?? "unknown error"
            switch state {
            case "23P01":
                return StoreError.invalid(
                    "the database refused the change: a time entry overlaps another active entry of the same staff member "
                    + "(\(info?[.detail] ?? message)); one person cannot count the same minutes twice, nothing was saved")
            case "42501":
                return StoreError.denied(reason: "the database refused it: \(message)")
            case "28P01", "28000":
                return StoreError.denied(reason: "the database at \(location) refused the login: \(message)")
            case "3D000":
                return StoreError.unavailable(location: location, reason: "\(message) (create the database first, then run `tend init`)")
            case "40001", "40P01":
                return StoreError.invalid("the database stopped the change because another one ran at the same time (\(message)); nothing was saved, try again")
            case _ where state.hasPrefix("08") || state.hasPrefix("57P"):
                return StoreError.unavailable(location: location, reason: message)
            case "P0001":
                return StoreError.invalid("the database refused the change: \(message)")
            default:
                return StoreError.invalid("the database refused the change: \(message) (SQLSTATE \(state)); nothing was saved")
            }
        case .sslUnsupported:
            return StoreError.unavailable(location: location, reason: "the server does not offer TLS, which sslmode asks for")
        case .authMechanismRequiresPassword:
            return StoreError.denied(reason: "the database at \(location) asks for a password: set PGPASSWORD or add a line to ~/.pgpass (never put it in the URL)")
        case .unsupportedAuthMechanism, .saslError:
            return StoreError.denied(reason: "the database at \(location) refused the login (\(error.code))")
        default:
            let cause = error.underlying.map { "\($0)" } ?? "\(error.code)"
            return StoreError.unavailable(location: location, reason: "the connection failed (\(cause))")
        }
    }
}
