import TendTestSupport
import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore

/// Walks the permission table: for every action, every role the table denies it to is refused
/// by the use case itself, which leaves exactly one `denied` audit record naming that action.
/// Every action needs an entry in `PermissionWalk.useCases`, so a new action cannot be forgotten.
@Suite struct PermissionWalkTests {
    @Test func everyActionHasAUseCaseToWalk() {
        for action in AuditAction.allCases {
            #expect(PermissionWalk.useCases[action] != nil, "no use case for \(action) in PermissionWalk.useCases")
            let rule = Permissions.rule(for: action)
            if rule.forAnotherStaffMember != nil {
                #expect(PermissionWalk.forAnother[action] != nil, "no use case for \(action) for another staff member")
            }
            if rule.amendingClosedMonth != nil {
                #expect(PermissionWalk.amending[action] != nil, "no use case for \(action) amending a closed month")
            }
        }
    }

    @Test func everyRoleTheTableDeniesIsRefusedAndAudited() throws {
        let walk = try PermissionWalk()
        var checked = 0
        for rule in Permissions.table {
            guard case .run(let useCase) = PermissionWalk.useCases[rule.action] else { continue }
            for role in rule.deniedRoles {
                try walk.expectDenied(rule.action, role: role, because: "needs the", useCase)
                checked += 1
            }
        }
        #expect(checked > 30)
    }

    @Test func anAccountOffTheStaffIsRefusedEveryCheckedAction() throws {
        let walk = try PermissionWalk()
        for rule in Permissions.table {
            guard case .run(let useCase) = PermissionWalk.useCases[rule.action] else { continue }
            if case .notChecked = rule.access { continue }
            try walk.expectDenied(rule.action, account: walk.fixture.stranger, because: "not an active staff member", useCase)
        }
    }

    @Test func actingForAnotherStaffMemberFollowsTheTable() throws {
        let walk = try PermissionWalk()
        for rule in Permissions.table {
            guard let roles = rule.forAnotherStaffMember, let useCase = PermissionWalk.forAnother[rule.action] else { continue }
            for role in Role.allCases where rule.allows([role]) && !roles.contains(role) {
                try walk.expectDenied(rule.action, role: role, because: "supervisor or admin", useCase)
            }
        }
    }

    @Test func amendingAClosedMonthFollowsTheTable() throws {
        let walk = try PermissionWalk()
        for rule in Permissions.table {
            guard let roles = rule.amendingClosedMonth, let useCase = PermissionWalk.amending[rule.action] else { continue }
            for role in Role.allCases where rule.allows([role]) && !roles.contains(role) {
                try walk.expectDenied(rule.action, role: role, because: "amending a closed month", useCase)
            }
        }
    }

    /// The actions no role check guards are still recorded under their own name.
    @Test func uncheckedActionsAreRecordedUnderTheirName() throws {
        let walk = try PermissionWalk()
        for rule in Permissions.table {
            guard case .notChecked = rule.access, case .run(let useCase) = PermissionWalk.useCases[rule.action] else { continue }
            let session = try walk.fixture.session(walk.fixture.nurse)
            let before = try walk.fixture.store.auditRecords().count
            try? useCase(session, walk)
            let records = try walk.fixture.store.auditRecords()
            #expect(records.count == before + 1 && records.last?.action == rule.action.rawValue, "\(rule.action)")
        }
    }
}

/// A store with one staff member per role (each holding that role only), a patient, time
/// entries of each of them and of the fixture's nurse, and the use case of every action.
final class PermissionWalk {
    typealias Invoke = @Sendable (Session, PermissionWalk) throws -> Void

    /// How an action's use case is run by a session.
    enum UseCase: Sendable {
        case run(Invoke)
        /// The action is not a session's use case; the text says where it happens.
        case elsewhere(String)
    }

    let fixture: ServicesFixture
    let patient: PatientID
    let month: YearMonth
    /// A time entry of the fixture's nurse (another staff member for every single-role account).
    let othersEntry: EntryID
    /// A time entry of each single-role account.
    private(set) var ownEntry: [Role: EntryID] = [:]

    static func login(_ role: Role) -> String { "solo.\(role.rawValue)" }
    static func account(_ role: Role) -> Account {
        Account(uid: 2000 + UInt32(Role.allCases.firstIndex(of: role)!), login: login(role))
    }

    init() throws {
        fixture = try ServicesFixture()
        month = try YearMonth.parse("2026-11")
        let admin = try fixture.session(fixture.admin)
        for role in Role.allCases {
            try admin.addStaff(login: Self.login(role), name: "Solo \(role.rawValue)",
                               credential: role == .practitioner ? .MD : .RN, roles: [role], npi: nil)
        }
        patient = try fixture.patient()
        othersEntry = try fixture.session(fixture.nurse).logTime(patient, Self.request(hour: 8, by: nil))[0].id
        let boss = try fixture.session(fixture.boss)
        for (index, role) in Role.allCases.enumerated() {
            ownEntry[role] = try boss.logTime(patient, Self.request(hour: 9 + index, by: Self.login(role)))[0].id
        }
    }

    /// Twenty minutes of call on 2026-11-10 from `hour` UTC, by `by` (nil: the acting account).
    static func request(hour: Int, by login: String?) -> TimeRequest {
        let start = ISO8601DateFormatter().date(from: String(format: "2026-11-10T%02d:00:00Z", hour))!
        return TimeRequest(span: .interval(start: start, end: start.addingTimeInterval(20 * 60)),
                           activity: .call, note: "walk", onBehalfOf: login)
    }

    func expectDenied(_ action: AuditAction, role: Role, because: String, _ useCase: Invoke,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectDenied(action, account: Self.account(role), because: because, useCase, sourceLocation: sourceLocation)
    }

    /// Runs the use case as `account`: it must throw a denial and leave exactly one new audit
    /// record, `denied`, naming `action` and the account, whose summary contains `because`.
    func expectDenied(_ action: AuditAction, account: Account, because: String,
                      _ useCase: Invoke,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let session = try fixture.session(account)
        let before = try fixture.store.auditRecords()
        var denied = false
        do { try useCase(session, self) } catch StoreError.denied { denied = true } catch {
            Issue.record("\(action) by \(account.login) failed, but not as a denial: \(error)", sourceLocation: sourceLocation)
        }
        #expect(denied, "\(action) by \(account.login) was not refused", sourceLocation: sourceLocation)
        let after = try fixture.store.auditRecords()
        #expect(after.count == before.count + 1, "\(action) by \(account.login): \(after.count - before.count) new audit records",
                sourceLocation: sourceLocation)
        guard let last = after.last, after.count > before.count else { return }
        #expect(last.outcome == .denied && last.action == action.rawValue && last.login == account.login,
                "\(action) by \(account.login) recorded \(last.outcome) \(last.action) by \(last.login)", sourceLocation: sourceLocation)
        #expect(last.summary.contains(because), "\(action) by \(account.login): \(last.summary)", sourceLocation: sourceLocation)
    }

    /// The use case of every action, as the command line and the workstation call it.
    static let useCases: [AuditAction: UseCase] = [
        .storeInit: .elsewhere("StoreSetup.create: a new store has no staff list yet"),
        .indexRebuild: .run { s, _ in _ = try s.rebuildIndexes() },
        .storeCopy: .run { s, _ in _ = try s.copyStore(to: DirectoryPlace(TempDirectory("walk-copy").url)) },
        .staffList: .run { s, _ in _ = try s.staff() },
        .staffAdd: .run { s, _ in _ = try s.addStaff(login: "newcomer", name: "New Comer", credential: .RN, roles: [], npi: nil) },
        .staffUpdate: .run { s, _ in _ = try s.updateStaff(login: "nurse", name: "Renamed", credential: nil, roles: nil, npi: nil, active: nil) },
        .patientAdd: .run { s, _ in
            _ = try s.addPatient(PatientDraft(name: "Walk, Alma", dateOfBirth: "1944-02-02", mrn: "WALK1",
                                              conditions: ["E11.9", "I10"], careManager: "nurse", billingPractitioner: "doctor"))
        },
        .patientImport: .run { s, _ in _ = try s.importPatients(csv: "name,dob,mrn\n\"Walk, Bea\",1945-03-03,WALK2\n", skipInvalid: false) },
        .patientImportFHIR: .run { s, _ in _ = try s.importFHIR(paths: [FHIRImportTests.path("synthea/Frank_McDermott_e4b360e5-2fcb-44e7-8388-bc2281f27ee9.json")], dryRun: false) },
        .patientShow: .run { s, w in _ = try s.patient(w.patient) },
        .patientList: .run { s, _ in _ = try s.patients() },
        .patientUpdate: .run { s, w in
            var update = Session.PatientUpdate()
            update.careManager = "boss"
            _ = try s.updatePatient(w.patient, update)
        },
        .patientReassign: .run { s, w in _ = try s.reassignPatients([w.patient], to: "boss") },
        .consentRecord: .run { s, w in
            _ = try s.recordConsent(w.patient, date: s.today, method: .verbal, notGiven: [], declined: false)
        },
        .consentRevoke: .run { s, w in _ = try s.revokeConsent(w.patient, date: s.today) },
        .programSet: .run { s, w in _ = try s.setProgram(w.patient, ProgramChangeRequest(program: .apcm, from: s.currentMonth.next)) },
        .stayAdd: .run { s, w in
            _ = try s.addStay(w.patient, StayDraft(kind: .hospital, admit: s.today.adding(days: -3), discharge: s.today.adding(days: -1)))
        },
        .stayList: .run { s, w in _ = try s.stays(w.patient) },
        // Refused before the stay is looked up: any stay id walks the check.
        .stayTransition: .run { s, w in _ = try s.recordTransitionContact(w.patient, stay: "S0000000000", date: s.today) },
        .stayClose: .run { s, w in _ = try s.closeTransition(w.patient, stay: "S0000000000", reason: "walk") },
        .planShow: .run { s, w in _ = try s.plan(w.patient) },
        .planChange: .run { s, w in _ = try s.changePlan(w.patient, [.setElement(.problems, text: "Diabetes")]) },
        .planShare: .run { s, w in _ = try s.sharePlan(w.patient, date: s.today, method: .paper) },
        .callList: .run { s, _ in _ = try s.callList(allPatients: true) },
        .callCandidates: .run { s, _ in _ = try s.enrollmentCandidates() },
        .callRecord: .run { s, w in _ = try s.recordCall(w.patient, result: .reached, callBackAt: nil, note: nil) },
        .timeStatus: .run { s, _ in _ = try s.myTimer() },
        .timerStart: .run { s, w in _ = try s.startTimer(w.patient, activity: .call) },
        .timerPause: .run { s, _ in _ = try s.pauseTimer(true) },
        .timerResume: .run { s, _ in _ = try s.pauseTimer(false) },
        .timerStop: .run { s, _ in _ = try s.stopTimer(activity: .call, note: "walk", conditions: []) },
        .timerDiscard: .run { s, _ in _ = try s.discardTimer() },
        .timeLog: .run { s, w in _ = try s.logTime(w.patient, request(hour: 14, by: nil)) },
        .timeList: .run { s, w in _ = try s.entries(month: w.month) },
        .timeShow: .run { s, w in _ = try s.findEntry(w.othersEntry) },
        .timeCount: .run { s, w in _ = try s.countingProblemsToday(for: w.patient) },
        .timeReview: .run { s, w in _ = try s.timeReview(w.month) },
        .timeVoid: .run { s, w in _ = try s.voidEntry(w.othersEntry, reason: "walk") },
        .timeCorrect: .run { s, w in _ = try s.correctEntry(w.othersEntry, start: w.fixture.date("2026-11-10T08:00:00Z"),
                                                             end: w.fixture.date("2026-11-10T08:10:00Z"), note: nil, reason: "walk") },
        .monthComplex: .run { s, w in _ = try s.markComplex(w.patient, month: w.month, practitioner: nil) },
        .monthBilledElsewhere: .run { s, w in _ = try s.markBilledElsewhere(w.patient, month: w.month, note: nil) },
        .monthNotBilled: .run { s, w in _ = try s.markNotBilled(w.patient, month: w.month, reason: "walk") },
        .reportMonth: .run { s, w in _ = try s.monthReport(w.month) },
        .supervisorTable: .run { s, w in _ = try s.supervisorTable(w.month) },
        .supervisorTeam: .run { s, _ in _ = try s.teamActivity() },
        .supervisorAtRisk: .run { s, _ in _ = try s.atRisk() },
        .supervisorSummary: .run { s, w in _ = try s.programSummary(w.month) },
        .reportPrograms: .run { s, w in _ = try s.programComparison(months: 1, through: w.month) },
        .monthState: .run { s, w in _ = try s.monthClose(w.month) },
        .monthChecklist: .run { s, w in _ = try s.monthChecklist(w.month) },
        .monthClose: .run { s, w in _ = try s.closeMonth(w.month) },
        .monthReopen: .run { s, w in _ = try s.reopenMonth(w.month, reason: "walk") },
        .exportClaims: .run { s, w in _ = try s.claimsExport(w.month) },
        .feesShow: .run { s, _ in _ = try s.feeSchedule(year: 2026) },
        .feesSet: .run { s, _ in _ = try s.setFee("99490", amount: "66.13", year: 2027) },
        .feesImport: .run { s, _ in _ = try s.importFees(csv: "code,amount\n99490,66.13\n", year: 2027) },
        .exportFHIR: .run { s, _ in _ = try s.exportFHIR(FHIRExportRequest(directory: "/nonexistent-tend-permission-walk/out")) },
        .auditLog: .run { s, _ in _ = try s.auditLog() },
        .auditPacket: .run { s, w in _ = try s.auditPacket(w.patient, month: w.month) },
        .workstationOpen: .run { s, _ in _ = try s.require(.workstationOpen, doing: "opening the workstation") },
        .workstationUnlock: .run { s, _ in try s.auditUnlock(checkedBy: "walk") },
        .workstationLogoff: .run { s, _ in try s.auditAutomaticLogoff(reason: "walk", kept: "nothing") },
        .workstationStop: .run { s, _ in s.auditStoppedForStanding(.notOnStaff, kept: "nothing") },
    ]

    /// The use cases of the actions that may be done for another staff member or on their entry.
    static let forAnother: [AuditAction: Invoke] = [
        .timeLog: { s, w in _ = try s.logTime(w.patient, request(hour: 15, by: "nurse")) },
        .timeVoid: { s, w in _ = try s.voidEntry(w.othersEntry, reason: "walk") },
        .timeCorrect: { s, w in _ = try s.correctEntry(w.othersEntry, start: w.fixture.date("2026-11-10T08:00:00Z"),
                                                       end: w.fixture.date("2026-11-10T08:10:00Z"), note: nil, reason: "walk") },
        .monthComplex: { s, w in _ = try s.markComplex(w.patient, month: w.month, practitioner: "doctor") },
    ]

    /// The use cases of the actions that may amend a closed month, asked as an amendment (on
    /// the acting account's own entry where there is one).
    static let amending: [AuditAction: Invoke] = [
        .timeLog: { s, w in _ = try s.logTime(w.patient, request(hour: 16, by: nil), amendReason: "walk") },
        .timeVoid: { s, w in _ = try s.voidEntry(w.entry(of: s), reason: "walk", amend: true) },
        .timeCorrect: { s, w in _ = try s.correctEntry(w.entry(of: s), start: w.fixture.date("2026-11-10T09:00:00Z"),
                                                       end: w.fixture.date("2026-11-10T09:05:00Z"), note: nil, reason: "walk", amend: true) },
        .monthComplex: { s, w in _ = try s.markComplex(w.patient, month: w.month, practitioner: nil, amendReason: "walk") },
        .monthBilledElsewhere: { s, w in _ = try s.markBilledElsewhere(w.patient, month: w.month, note: nil, amendReason: "walk") },
    ]

    /// The entry of the session's single-role account.
    func entry(of session: Session) -> EntryID {
        let role = Role.allCases.first { Self.login($0) == session.account.login }!
        return ownEntry[role]!
    }
}
