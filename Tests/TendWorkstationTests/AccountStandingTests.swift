import Foundation
import Testing
import TendDomain
@testable import TendServices
import TendStore
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// An account deactivated (or taken off the staff list) while its workstation is open: the
/// workstation stops at once, once, keeping drafts and the stopwatch.
@Suite struct AccountStandingTests {
    @Test func aDeactivatedAccountsWorkstationStopsOnceKeepingTheStopwatchAndTheDraft() throws {
        let fixture = try Fixture.standard()
        let drafts = fixture.directory.appendingPathComponent("drafts-outside-store")
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("s"), .char("4"), .char("e"))
        terminal.type("Half-written problem list")
        var deniedBefore = 0
        terminal.then {
            deniedBefore = ((try? fixture.auditRecords()) ?? []).filter { $0.outcome == "denied" }.count
            // An admin (here amara herself, who is admin) deactivates the account elsewhere.
            _ = try? fixture.nurse.updateStaff(login: "amara", name: nil, credential: nil, roles: nil, npi: nil, active: false)
        }
        // The next refresh (half a second later) stops it: no step after that one runs.
        for _ in 0..<2 { terminal.then { fixture.clock.advance(seconds: 0.5) } }
        let exit = try terminal.run(workstation)
        guard case .accountInactive(let message) = exit else {
            Issue.record("the workstation of a deactivated account must stop, got \(exit)")
            return
        }
        #expect(message.contains("your account 'amara' was deactivated"))
        #expect(message.contains("kept as a draft"))
        #expect(message.contains("keeps running in the store"))
        #expect(message.contains("neither logged nor discarded"))
        #expect(try fixture.store.timer("amara") != nil, "the stopwatch stays in the store")
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).count == 1)
        let denials = try fixture.auditRecords().filter { $0.outcome == "denied" }.dropFirst(deniedBefore)
        #expect(denials.count == 1, "one audit record, not one per refresh: \(denials.map(\.action))")
        #expect(denials.first?.action == "workstation.stop")
        #expect(denials.first?.summary.contains("deactivated while its workstation was open") == true)
    }

    @Test func aLockedWorkstationOfADeactivatedAccountStopsToo() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal, authenticator: FakeAuthenticator())
        terminal.press(.char("L"))
        terminal.then {
            _ = try? fixture.nurse.updateStaff(login: "amara", name: nil, credential: nil, roles: nil, npi: nil, active: false)
        }
        terminal.then { fixture.clock.advance(seconds: 2) }
        let exit = try terminal.run(workstation)
        guard case .accountInactive(let message) = exit else {
            Issue.record("expected the workstation to stop, got \(exit)")
            return
        }
        #expect(message.contains("nothing was left unsaved"))
    }

    @Test func theStandingIsReadWithoutWritingToTheAuditTrail() throws {
        let fixture = try Fixture.standard()
        let before = try fixture.auditRecords().count
        #expect(try fixture.nurse.standing() == .active(try fixture.nurse.me(action: .workstationOpen)))
        try fixture.nurse.updateStaff(login: "boris", name: nil, credential: nil, roles: nil, npi: nil, active: false)
        guard case .deactivated = try fixture.colleague.standing() else {
            Issue.record("boris is deactivated")
            return
        }
        let stranger = try Session(store: fixture.store, account: .init(uid: 9, login: "stranger"), clock: fixture.clock.clock)
        #expect(try stranger.standing() == .notOnStaff)
        #expect(try fixture.auditRecords().count == before + 1, "only the deactivation itself was recorded")
    }

    @Test func aSupervisorWhoseRoleIsTakenAwayReturnsToTheCareScreenInsteadOfBeingDeniedOnEveryRefresh() throws {
        let fixture = try Fixture.standard()
        try fixture.nurse.updateStaff(login: "boris", name: nil, credential: nil, roles: [.nurse, .supervisor], npi: nil, active: nil)
        let terminal = ScriptedTerminal(width: 120, height: 40)
        let workstation = fixture.workstation(terminal, session: fixture.colleague)
        terminal.press(.char("S"), .tab)
        terminal.then { #expect(terminal.text.contains("Team")) }
        var deniedBefore = 0
        terminal.then {
            deniedBefore = ((try? fixture.auditRecords()) ?? []).filter { $0.outcome == "denied" }.count
            _ = try? fixture.nurse.updateStaff(login: "boris", name: nil, credential: nil, roles: [.nurse], npi: nil, active: nil)
        }
        for _ in 0..<12 { terminal.then { fixture.clock.advance(seconds: 1) } }
        terminal.then {
            #expect(terminal.text.contains("My call list"))
            #expect(terminal.text.contains("supervisor role"))
            let denials = ((try? fixture.auditRecords()) ?? []).filter { $0.outcome == "denied" }.count - deniedBefore
            #expect(denials == 0, "no denial per refresh: \(denials)")
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }
}

