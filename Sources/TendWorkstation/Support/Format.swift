import Foundation
import TendDomain
import TendServices
import TendStore

/// Text formats shared by the panes.
enum Format {
    /// A user-facing message for an error from a use case.
    static func errorText(_ error: Error) -> String {
        if let error = error as? DomainError { return error.message }
        if let error = error as? StoreError { return error.description }
        return "\(error)"
    }

    /// `2026-03-04 14:05` in the practice's zone (the time only when it is today).
    static func instant(_ date: Date, session: Session) -> String {
        PracticeTime(now: session.now, timeZone: session.timeZone).instant(date)
    }

    /// A staff login with the person's name when known: `Jane Smith (jsmith)`.
    static func staff(_ login: String?, names: [String: String]) -> String {
        guard let login, !login.isEmpty else { return "none" }
        if let name = names[login] { return "\(name) (\(login))" }
        return login
    }
}
