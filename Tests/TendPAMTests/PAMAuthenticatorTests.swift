import Foundation
import Testing
import TendAuth
import TendPAM
import TendTestSupport

/// The real Linux-PAM library, on services written to a temporary directory and read with
/// `pam_start_confdir`: nothing under /etc/pam.d is read or changed.
@Suite(.serialized) struct PAMAuthenticatorTests {
    /// A temporary PAM configuration directory with a few services.
    final class Services {
        private let temporary = TempDirectory("pam")
        var directory: URL { temporary.url }

        init() throws {
            try temporary.created()
            // A checker that accepts exactly one password, read the way pam_exec hands it over
            // (after asking for it through the application's conversation).
            let checker = directory.appendingPathComponent("check-password")
            try write("#!/bin/bash\nIFS= read -r -d '' typed\n[[ \"$typed\" == 'right horse staple' ]]\n", to: checker)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: checker.path)
            try write("auth required pam_permit.so\naccount required pam_permit.so\n", to: "permit")
            try write("auth required pam_deny.so\naccount required pam_permit.so\n", to: "deny")
            try write("auth required pam_permit.so\naccount required pam_deny.so\n", to: "no-account")
            try write("auth required pam_exec.so expose_authtok quiet \(checker.path)\naccount required pam_permit.so\n", to: "password")
            try write("auth required pam_no_such_module.so\naccount required pam_no_such_module.so\n", to: "broken")
            try write("auth required pam_unix.so\naccount required pam_unix.so\n", to: "unix")
        }

        private func write(_ text: String, to name: String) throws {
            try write(text, to: directory.appendingPathComponent(name))
        }

        private func write(_ text: String, to url: URL) throws {
            try Data(text.utf8).write(to: url)
        }

        func authenticator(_ service: String) -> PAMAuthenticator {
            PAMAuthenticator(service: service, configurationDirectory: directory.path)
        }
    }

    static func password(_ text: String) -> PasswordBuffer {
        let buffer = PasswordBuffer()
        for character in text { buffer.append(character) }
        return buffer
    }

    @Test func theProgramUsesTheTendService() {
        let authenticator = PAMAuthenticator()
        #expect(authenticator.service == "tend")
        #expect(authenticator.configurationDirectory == nil)
    }

    @Test func aPermittingServiceAcceptsAndADenyingOneRefusesAsAWrongPassword() throws {
        let services = try Services()
        #expect(services.authenticator("permit").availability(login: "amara") == .available)
        #expect(services.authenticator("permit").verify(login: "amara", password: Self.password("anything")) == .accepted)
        #expect(services.authenticator("deny").availability(login: "amara") == .available)
        #expect(services.authenticator("deny").verify(login: "amara", password: Self.password("anything")) == .refused(reason: "wrong password"))
    }

    @Test func thePasswordGoesThroughTheConversationAndOnlyTheRightOneIsAccepted() throws {
        let services = try Services()
        let pam = services.authenticator("password")
        #expect(pam.verify(login: "amara", password: Self.password("right horse staple")) == .accepted)
        #expect(pam.verify(login: "amara", password: Self.password("right horse")) != .accepted)
        #expect(pam.verify(login: "amara", password: Self.password("Right horse staple")) != .accepted)
    }

    @Test func anEmptyPasswordIsNeverSentEvenToAPermittingService() throws {
        let services = try Services()
        #expect(services.authenticator("permit").verify(login: "amara", password: PasswordBuffer()) == .refused(reason: "no password was typed"))
    }

    @Test func anAccountPAMRefusesOrAServiceThatCannotRunIsUnavailable() throws {
        let services = try Services()
        guard case .unavailable(let reason) = services.authenticator("no-account").availability(login: "amara") else {
            Issue.record("an account refused by PAM must be unavailable")
            return
        }
        #expect(reason.contains("PAM service 'no-account'"))
        guard case .unavailable = services.authenticator("no-account").verify(login: "amara", password: Self.password("x")) else {
            Issue.record("a password accepted for an account PAM refuses must not unlock")
            return
        }
        let broken = services.authenticator("broken").verify(login: "amara", password: Self.password("x"))
        guard case .unavailable = broken else {
            Issue.record("a service whose module cannot load must be unavailable, got \(broken)")
            return
        }
        // No service of that name and no `other` in the directory.
        guard case .unavailable = services.authenticator("missing").availability(login: "amara") else {
            Issue.record("a missing service must be unavailable")
            return
        }
    }

    @Test func anAccountTheSystemDoesNotKnowCannotBeCheckedSoTheLockBecomesALogoff() throws {
        // What happens when tend runs under a uid with no account entry (its login is then `uid<N>`).
        let services = try Services()
        let unix = services.authenticator("unix")
        guard case .unavailable(let reason) = unix.availability(login: "uid4242424-not-an-account") else {
            Issue.record("pam_unix cannot check an unknown account")
            return
        }
        #expect(reason.contains("PAM service 'unix'"))
    }
}
