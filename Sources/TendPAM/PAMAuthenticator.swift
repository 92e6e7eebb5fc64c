import CPAM
import TendAuth

/// Checks the workstation user's own password through Linux-PAM.
///
/// The service is `tend` (`/etc/pam.d/tend`, see docs/deployment.md). Linux-PAM itself uses
/// `/etc/pam.d/other` when no `tend` file is installed; no other service is tried, so that the
/// lock never borrows a stack written for something else (`login` checks securetty, `su`
/// lets root in without a password).
///
/// An empty password is never sent, and PAM is told to refuse accounts with no password
/// (`PAM_DISALLOW_NULL_AUTHTOK`). After a successful `pam_authenticate`, `pam_acct_mgmt` must
/// also allow the account (an expired account cannot unlock; a password that must be changed
/// still can, as screen lockers do).
public struct PAMAuthenticator: Authenticator {
    /// The service the workstation uses.
    public static let defaultService = "tend"

    /// The PAM service name.
    public let service: String
    /// A directory read instead of /etc/pam.d (tests only; nil in the program).
    public let configurationDirectory: String?

    /// The program's authenticator: the `tend` service from /etc/pam.d.
    public init() {
        self.init(service: Self.defaultService, configurationDirectory: nil)
    }

    /// An authenticator on `service`, read from `configurationDirectory` when given (with
    /// `pam_start_confdir`, so tests need not touch /etc/pam.d).
    public init(service: String, configurationDirectory: String?) {
        self.service = service
        self.configurationDirectory = configurationDirectory
    }

    public var checkedBy: String { "PAM service '\(service)'" }

    public func availability(login: String) -> AuthenticationAvailability {
        let outcome = run(login: login, password: nil) { handle in
            pam_acct_mgmt(handle, Self.silent)
        }
        switch outcome.status {
        case PAM_SUCCESS, PAM_NEW_AUTHTOK_REQD: return .available
        default: return .unavailable(reason: outcome.describe("the account check"))
        }
    }

    public func verify(login: String, password: PasswordBuffer) -> AuthenticationResult {
        guard !password.isEmpty else { return .refused(reason: "no password was typed") }
        var accountRefused = false
        let outcome = password.withCString { secret in
            run(login: login, password: secret) { handle in
                let status = pam_authenticate(handle, Self.silent | Int32(PAM_DISALLOW_NULL_AUTHTOK))
                guard status == PAM_SUCCESS else { return status }
                let account = pam_acct_mgmt(handle, Self.silent)
                accountRefused = account != PAM_SUCCESS && account != PAM_NEW_AUTHTOK_REQD
                return accountRefused ? account : PAM_SUCCESS
            }
        }
        if accountRefused { return .unavailable(reason: outcome.describe("the account check after the password")) }
        switch outcome.status {
        case PAM_SUCCESS: return .accepted
        case PAM_AUTH_ERR: return .refused(reason: "wrong password")
        default: return .unavailable(reason: outcome.describe("the password check"))
        }
    }

    /// What one PAM transaction ended with.
    struct Outcome {
        var service: String
        var status: Int32
        var text: String
        var moduleMessage = ""
        var unansweredPrompts: Int32 = 0

        func describe(_ what: String) -> String {
            var reason = "\(what) through \(service) failed: \(text) (PAM code \(status))"
            if unansweredPrompts > 0 { reason += "; PAM asked for more than the password" }
            if !moduleMessage.isEmpty { reason += "; PAM said: \(moduleMessage)" }
            return reason
        }
    }

    /// Starts a transaction for `login`, runs `body`, ends the transaction. The exchange lives at
    /// one address for the whole transaction: PAM keeps its pointer for the conversation.
    private func run(login: String, password: UnsafePointer<CChar>?, _ body: (OpaquePointer) -> Int32) -> Outcome {
        let exchange = UnsafeMutablePointer<tend_pam_exchange>.allocate(capacity: 1)
        exchange.initialize(to: tend_pam_exchange())
        defer {
            exchange.deinitialize(count: 1)
            exchange.deallocate()
        }
        exchange.pointee.password = password
        var handle: OpaquePointer?
        let started = tend_pam_start(service, login, configurationDirectory, exchange, &handle)
        guard started == PAM_SUCCESS, let handle else {
            return Outcome(service: checkedBy, status: started, text: Self.text(nil, started))
        }
        let status = body(handle)
        let text = Self.text(handle, status)
        pam_end(handle, status)
        exchange.pointee.password = nil
        let message = withUnsafeBytes(of: &exchange.pointee.last_message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return Outcome(service: checkedBy, status: status, text: text,
                       moduleMessage: message, unansweredPrompts: exchange.pointee.unanswered_prompts)
    }

    /// Modules print nothing themselves (their messages come through the conversation).
    private static let silent = Int32(PAM_SILENT)

    /// PAM's own words for a status.
    private static func text(_ handle: OpaquePointer?, _ status: Int32) -> String {
        guard let text = pam_strerror(handle, status) else { return "error \(status)" }
        return String(cString: text)
    }
}
