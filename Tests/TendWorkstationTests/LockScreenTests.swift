import Foundation
import Testing
import TendAuth
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The lock screen opens only with the account's password; where no password can be checked,
/// the idle timeout ends the session, keeping drafts and the stopwatch.
@Suite struct LockScreenTests {
    static let patientData = ["Nguyễn", "王", "Øvergård", "A100", "Riverside"]

    @Test func enterAloneNeverUnlocksAndThePasswordIsNeverDrawn() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let pam = FakeAuthenticator(password: "correct horse")
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(idleLockMinutes: 15), authenticator: pam)
        terminal.then { fixture.clock.advance(seconds: 15 * 60) }
        terminal.then { #expect(terminal.text.contains("tend is locked")) }
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("tend is locked"))
            #expect(terminal.text.contains("Enter alone does not unlock"))
            #expect(pam.attempts.isEmpty, "Enter alone must not even be checked")
            for name in Self.patientData { #expect(!terminal.text.contains(name)) }
        }
        terminal.press(.enter, .enter)
        terminal.then { #expect(terminal.text.contains("tend is locked")) }
        terminal.type("correct hors")
        terminal.then {
            #expect(!terminal.text.contains("correct"))
            #expect(!terminal.text.contains("****"))
            #expect(terminal.screen.cursor == nil, "a moving cursor would show the password's length")
        }
        terminal.press(.backspace)  // "correct hor": Backspace removes the last character
        terminal.type("se")
        terminal.press(.enter)
        terminal.then {
            #expect(pam.attempts == ["correct horse"])
            #expect(terminal.text.contains("My call list"))
            #expect(workstation.screenLock.password.isEmpty, "the password is wiped after the check")
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
        let unlocks = try fixture.auditRecords().filter { $0.action == "workstation.unlock" }
        #expect(unlocks.count == 1)
        #expect(unlocks.first?.outcome == "ok")
    }

    /// The slow password check is a state the loop draws first ("Checking the password…"), as a
    /// heavy supervisor tab is: Enter itself neither draws nor checks.
    @Test func enterShowsThatThePasswordIsBeingCheckedBeforeTheCheck() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let pam = FakeAuthenticator(password: "correct horse")
        let workstation = fixture.workstation(terminal, authenticator: pam)
        var screenDuringCheck = ""
        pam.onVerify = { screenDuringCheck = terminal.text }
        workstation.start()
        workstation.handle(.char("L"))
        workstation.renderIfNeeded()
        for character in "battery staple" { workstation.handle(.char(character)) }
        terminal.recordsFrames = true
        workstation.handle(.enter)
        #expect(terminal.frames.isEmpty, "key handling draws nothing")
        #expect(pam.attempts.isEmpty, "key handling checks nothing")
        workstation.renderIfNeeded()
        #expect(terminal.text.contains("Checking the password\u{2026}"))
        workstation.performPendingUnlock()
        #expect(pam.attempts == ["battery staple"])
        #expect(screenDuringCheck.contains("Checking the password\u{2026}"))
        #expect(workstation.screenLock.password.isEmpty, "the password is wiped after the check")
        workstation.renderIfNeeded()
        #expect(terminal.text.contains("Wrong password (1 failed attempt in a row)."))
    }

    @Test func aWrongPasswordIsRefusedSaidAndAuditedThenTheRightOneUnlocks() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let pam = FakeAuthenticator(password: "correct horse")
        let workstation = fixture.workstation(terminal, authenticator: pam)
        terminal.press(.char("L"))
        terminal.then { #expect(terminal.text.contains("tend is locked")) }
        terminal.type("battery staple")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("tend is locked"))
            #expect(terminal.text.contains("Wrong password (1 failed attempt in a row)"))
            #expect(workstation.screenLock.password.isEmpty, "a wrong password is wiped too")
            for name in Self.patientData { #expect(!terminal.text.contains(name)) }
        }
        terminal.type("correct horse")
        terminal.press(.enter)
        terminal.then { #expect(terminal.text.contains("My call list")) }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
        #expect(pam.attempts == ["battery staple", "correct horse"])
        let records = try fixture.auditRecords().filter { $0.action == "workstation.unlock" }
        #expect(records.map(\.outcome) == ["denied", "ok"])
        #expect(records.first?.summary.contains("wrong password (1 failed attempt in a row)") == true)
        #expect(records.allSatisfy { !$0.summary.contains("battery") && !$0.summary.contains("horse") }, "no password in the audit trail")
    }

    @Test func wrongPasswordsInARowSlowDownThenEndTheSession() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let pam = FakeAuthenticator(password: "correct horse")
        let workstation = fixture.workstation(terminal, authenticator: pam)
        terminal.press(.char("s"), .char("L"))
        for guess in ["one", "two", "three"] {
            terminal.type(guess)
            terminal.press(.enter)
        }
        terminal.then { #expect(terminal.text.contains("Wait 10 s before the next try")) }
        // While the wait runs, even the right password is not checked.
        terminal.type("correct horse")
        terminal.press(.enter)
        terminal.then {
            #expect(pam.attempts.count == 3)
            #expect(terminal.text.contains("tend is locked"))
            #expect(terminal.text.contains("wait 10 s"))
        }
        terminal.then { fixture.clock.advance(seconds: 10) }
        terminal.type("four")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Wait 30 s"))
            #expect(terminal.text.contains("more wrong password and the session ends"))
        }
        terminal.then { fixture.clock.advance(seconds: 30) }
        terminal.type("five")
        terminal.press(.enter)
        let exit = try terminal.run(workstation)
        guard case .loggedOff(let message) = exit else {
            Issue.record("five wrong passwords must end the session, got \(exit)")
            return
        }
        #expect(pam.attempts == ["one", "two", "three", "four", "five"])
        #expect(message.contains("5 wrong passwords in a row"))
        #expect(message.contains("keeps running in the store"))
        #expect(try fixture.nurse.myTimer() != nil)
        let records = try fixture.auditRecords()
        #expect(records.filter { $0.action == "workstation.unlock" && $0.outcome == "denied" }.count == 5)
        #expect(records.last?.action == "workstation.logoff")
    }

    @Test func withoutAPasswordCheckTheIdleTimeoutLogsOffKeepingTheDraftAndTheStopwatch() throws {
        let fixture = try Fixture.standard()
        let drafts = fixture.directory.appendingPathComponent("drafts-outside-store")
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let pam = FakeAuthenticator()
        pam.availabilityAnswer = .unavailable(reason: "PAM service 'tend' failed: Authentication service cannot retrieve authentication info")
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(idleLockMinutes: 15), authenticator: pam)
        terminal.press(.char("s"), .char("4"), .char("e"))
        terminal.type("Half-written problem list")
        terminal.then { fixture.clock.advance(seconds: 14 * 60) }
        terminal.then { #expect(terminal.text.contains("Half-written problem list")) }
        terminal.then { fixture.clock.advance(seconds: 60) }
        let exit = try terminal.run(workstation)
        guard case .loggedOff(let message) = exit else {
            Issue.record("an idle timeout without a password check must log off, got \(exit)")
            return
        }
        #expect(message.contains("logged off automatically"))
        #expect(message.contains("no key for 15 minutes"))
        #expect(message.contains("cannot retrieve authentication info"))
        #expect(message.contains("kept as a draft"))
        #expect(message.contains("keeps running in the store"))
        #expect(pam.attempts.isEmpty)
        #expect(try fixture.nurse.myTimer() != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).count == 1)
        let logoff = try fixture.auditRecords().last
        #expect(logoff?.action == "workstation.logoff")
        #expect(logoff?.summary.contains("kept as a draft") == true)
    }

    @Test func aPasswordCheckThatFailsToRunLogsOffInsteadOfUnlocking() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let pam = FakeAuthenticator(password: "correct horse")
        pam.unavailableOnVerify = "PAM conversation error"
        let workstation = fixture.workstation(terminal, authenticator: pam)
        terminal.press(.char("L"))
        terminal.type("correct horse")
        terminal.press(.enter)
        let exit = try terminal.run(workstation)
        guard case .loggedOff(let message) = exit else {
            Issue.record("expected an automatic logoff, got \(exit)")
            return
        }
        #expect(message.contains("PAM conversation error"))
    }

    @Test func theDefaultWorkstationHasNoPasswordCheckSoItsIdleTimeoutLogsOff() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(idleLockMinutes: 1))
        // A minute without a key ends the session before any key is read.
        terminal.then { fixture.clock.advance(seconds: 60) }
        let exit = try terminal.run(workstation)
        guard case .loggedOff = exit else {
            Issue.record("expected an automatic logoff, got \(exit)")
            return
        }
    }

    @Test func anAutomaticLogoffKeepsTextTypedInAnOpenDialogAsADraft() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(idleLockMinutes: 15))
        terminal.press(.char("s"), .char("s"))
        terminal.type("Reviewed")
        terminal.then { fixture.clock.advance(seconds: 15 * 60) }
        let exit = try terminal.run(workstation)
        guard case .loggedOff(let message) = exit else {
            Issue.record("expected an automatic logoff, got \(exit)")
            return
        }
        #expect(message.contains("was kept as a draft"), "\(message)")
        #expect(message.contains("keeps running in the store"))
        #expect(try fixture.nurse.myTimer() != nil)
    }
}

