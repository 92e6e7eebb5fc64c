import Foundation
import TendAuth

/// A password check for tests: one right password, or no check possible at all.
final class FakeAuthenticator: Authenticator, @unchecked Sendable {
    private let lock = NSLock()
    private var _attempts: [String] = []
    /// The password that unlocks.
    let password: String
    /// What `availability` answers.
    var availabilityAnswer: AuthenticationAvailability = .available
    /// When set, `verify` answers unavailable with this reason.
    var unavailableOnVerify: String?

    init(password: String = "correct horse") { self.password = password }

    /// Every password received by `verify`, in order.
    var attempts: [String] {
        lock.lock()
        defer { lock.unlock() }
        return _attempts
    }

    var checkedBy: String { "the fake password check" }

    func availability(login: String) -> AuthenticationAvailability { availabilityAnswer }

    func verify(login: String, password typed: PasswordBuffer) -> AuthenticationResult {
        let text = typed.withCString { String(cString: $0) }
        lock.lock()
        _attempts.append(text)
        lock.unlock()
        if let unavailableOnVerify { return .unavailable(reason: unavailableOnVerify) }
        return text == password ? .accepted : .refused(reason: "wrong password")
    }
}
