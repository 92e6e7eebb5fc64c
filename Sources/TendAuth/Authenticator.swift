/// Checks the password of the account running the workstation, so that only that person can
/// open the lock screen again. The workstation depends on this protocol only; the executable
/// wires the Linux-PAM implementation (`TendPAM.PAMAuthenticator`), tests a fake.
public protocol Authenticator: Sendable {
    /// Where passwords are checked, for messages (e.g. `PAM service 'tend'`).
    var checkedBy: String { get }

    /// Whether `login`'s password can be checked at all. Asks for no password and counts no
    /// attempt; the workstation asks it before locking the screen.
    func availability(login: String) -> AuthenticationAvailability

    /// Checks `password` for `login`. The caller wipes the buffer afterwards.
    func verify(login: String, password: PasswordBuffer) -> AuthenticationResult
}

/// Whether an account's password can be checked.
public enum AuthenticationAvailability: Sendable, Equatable {
    /// A password check can be made.
    case available
    /// No password check is possible; the reason says why (for the user and the audit trail).
    case unavailable(reason: String)
}

/// The outcome of one password check.
public enum AuthenticationResult: Sendable, Equatable {
    /// The password is the account's.
    case accepted
    /// The password is wrong (an ordinary failed attempt).
    case refused(reason: String)
    /// The check could not be made or the account may not authenticate at all (no service, a
    /// conversation the lock screen cannot hold, an expired or unknown account).
    case unavailable(reason: String)
}

/// The authenticator of a workstation that was given none: no password can be checked, so an
/// idle timeout ends the session instead of locking it.
public struct NoAuthenticator: Authenticator {
    /// Creates it.
    public init() {}

    public var checkedBy: String { "no password check" }

    public func availability(login: String) -> AuthenticationAvailability {
        .unavailable(reason: "this workstation has no password check")
    }

    public func verify(login: String, password: PasswordBuffer) -> AuthenticationResult {
        .unavailable(reason: "this workstation has no password check")
    }
}
