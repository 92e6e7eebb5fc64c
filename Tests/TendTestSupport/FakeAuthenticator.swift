import Foundation
import TendAuth

/// A password check for tests: one right password, or no check possible at all.
public final class FakeAuthenticator: Authenticator, @unchecked Sendable {
    private let lock = NSLock()
    private var _attempts: [String] = []
    /// The password that unlocks.
    public let password: String
    /// What `availability` answers.
    public var availabilityAnswer: AuthenticationAvailability = .available
    /// When set, `verify` answers unavailable with this reason.
    public var unavailableOnVerify: String?
    /// Runs at the start of every `verify` (a test looks at the screen while the check runs).
    public var onVerify: (() -> Void)?

    /// A check that accepts exactly `password`.
    public init(password: String = "correct horse") { self.password = password }

    /// Every password received by `verify`, in order.
    public var attempts: [String] {
        lock.lock()
        defer { lock.unlock() }
        return _attempts
    }

    /// Names the fake in messages.
    public var checkedBy: String { "the fake password check" }

    /// Answers `availabilityAnswer`.
    public func availability(login: String) -> AuthenticationAvailability { availabilityAnswer }

    /// Accepts `password`, refuses anything else, or answers unavailable when `unavailableOnVerify` is set.
    public func verify(login: String, password typed: PasswordBuffer) -> AuthenticationResult {
        onVerify?()
        let text = typed.withCString { String(cString: $0) }
        lock.lock()
        _attempts.append(text)
        lock.unlock()
        if let unavailableOnVerify { return .unavailable(reason: unavailableOnVerify) }
        return text == password ? .accepted : .refused(reason: "wrong password")
    }
}
