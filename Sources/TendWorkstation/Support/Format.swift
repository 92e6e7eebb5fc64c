import Foundation
import TendDomain
import TendServices
import TendStore

/// Text formats shared by the panes.
enum Format {
    /// `mm:ss`, or `h:mm:ss` from one hour.
    static func elapsed(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let (h, m, r) = (s / 3600, (s % 3600) / 60, s % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(r))" : "\(two(m)):\(two(r))"
    }

    /// A user-facing message for an error from a use case.
    static func errorText(_ error: Error) -> String {
        if let error = error as? DomainError { return error.message }
        if let error = error as? StoreError { return error.description }
        return "\(error)"
    }

    /// `2026-03-04 14:05` in the practice's zone (the time only when it is today).
    static func instant(_ date: Date, session: Session) -> String {
        LocalTimeOfDay(date, in: session.timeZone).text(relativeTo: session.today)
    }

    /// A staff login with the person's name when known: `Jane Smith (jsmith)`.
    static func staff(_ login: String?, names: [String: String]) -> String {
        guard let login, !login.isEmpty else { return "none" }
        if let name = names[login] { return "\(name) (\(login))" }
        return login
    }
}
