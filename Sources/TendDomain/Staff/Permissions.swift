import Foundation

/// Who may do an action.
public enum Access: Equatable, Sendable {
    /// Any active staff member of the store, whatever their roles.
    case anyStaffMember
    /// An active staff member holding at least one of these roles.
    case roles(Set<Role>)
    /// Not checked against the staff list; the text says why.
    case notChecked(String)
}

/// One row of the permission table: an action, what it is, and who may do it.
public struct PermissionRule: Equatable, Sendable {
    /// The action, as the audit trail names it.
    public let action: AuditAction
    /// What the action is, in a few words (shown in docs/roles.md).
    public let summary: String
    /// Who may do it.
    public let access: Access
    /// The roles that may do it for another staff member (`--as`) or on another staff member's
    /// time entry; nil when it is always done for oneself.
    public let forAnotherStaffMember: Set<Role>?
    /// The roles that may do it in a closed month, as an amendment with a reason; nil when the
    /// action cannot amend a closed month.
    public let amendingClosedMonth: Set<Role>?
    /// A condition that is not a role, in words (nil when there is none).
    public let condition: String?

    init(_ action: AuditAction, _ summary: String, _ access: Access, forAnother: Set<Role>? = nil,
         amending: Set<Role>? = nil, condition: String? = nil) {
        self.action = action
        self.summary = summary
        self.access = access
        self.forAnotherStaffMember = forAnother
        self.amendingClosedMonth = amending
        self.condition = condition
    }

    /// Whether a staff member holding `roles` may do the action (for themself, in an open month).
    public func allows(_ roles: Set<Role>) -> Bool {
        switch access {
        case .anyStaffMember, .notChecked: return true
        case .roles(let allowed): return !allowed.isDisjoint(with: roles)
        }
    }

    /// The roles that may not do the action at all, in declared order.
    public var deniedRoles: [Role] { Role.allCases.filter { !allows([$0]) } }
}

/// The permission table: for every audited action, who may do it, including the rules that are
/// not simply a role (doing it for another staff member, amending a closed month). Every use case
/// asks this table; the denial audit names the same action; docs/roles.md is generated from it.
public enum Permissions {
    private static let everyRole = Set(Role.allCases)
    private static let supervisorOrAdmin: Set<Role> = [.supervisor, .admin]
    private static let monthReaders: Set<Role> = [.practitioner, .supervisor, .admin]
    private static let openWorkstation = "recorded by an open workstation, whose account was checked when it opened and is watched while it stays open"

    /// Every row, one per action, in the order of ``AuditAction/allCases``.
    public static let table: [PermissionRule] = [
        PermissionRule(.storeInit, "create a store (`tend init`)", .notChecked("the account creating the store becomes its first admin and supervisor")),
        PermissionRule(.indexRebuild, "rebuild the indexes from the records (`tend audit reindex`)", .roles(supervisorOrAdmin)),
        PermissionRule(.storeCopy, "copy the whole store to a directory or a database (`tend store copy`)", .roles([.admin])),
        PermissionRule(.staffList, "list the staff", .anyStaffMember),
        PermissionRule(.staffAdd, "add a staff member", .roles([.admin])),
        PermissionRule(.staffUpdate, "change a staff member's name, credential, roles, NPI or active flag", .roles([.admin]), condition: "the last active admin cannot drop their own admin role"),
        PermissionRule(.patientAdd, "add a patient", .roles(everyRole)),
        PermissionRule(.patientImport, "import patients from a CSV file", .roles(everyRole)),
        PermissionRule(.patientImportFHIR, "import patients, problems, visits and stays from FHIR R4 files", .roles(everyRole)),
        PermissionRule(.patientShow, "read a patient's record", .roles(everyRole)),
        PermissionRule(.patientList, "list and search patients", .roles(everyRole)),
        PermissionRule(.patientUpdate, "change a patient's record", .roles(everyRole)),
        PermissionRule(.patientReassign, "move patients to another care manager", .roles(supervisorOrAdmin)),
        PermissionRule(.consentRecord, "record a patient's consent", .roles(everyRole)),
        PermissionRule(.consentRevoke, "record that a patient revoked consent", .roles(everyRole)),
        PermissionRule(.programSet, "enroll a patient in CCM, PCM or APCM from a month on (`tend program set`)", .roles(monthReaders),
                       condition: "never in a closed month; a billing decision, so not a nurse's"),
        PermissionRule(.stayAdd, "record a hospital or SNF stay", .roles(everyRole)),
        PermissionRule(.stayList, "read a patient's stays and care transitions", .roles(everyRole)),
        PermissionRule(.stayTransition, "record a care transition's interactive contact or face-to-face visit", .roles(everyRole), condition: "the visit is a practitioner's"),
        PermissionRule(.stayClose, "close a care transition without TCM, with a reason", .roles(everyRole), condition: "not once it has earned TCM"),
        PermissionRule(.planShow, "read a care plan", .roles(everyRole)),
        PermissionRule(.planChange, "edit a care plan or its goals", .roles(everyRole)),
        PermissionRule(.planShare, "record that a copy of the care plan was given", .roles(everyRole)),
        PermissionRule(.callList, "read the call list", .roles(everyRole)),
        PermissionRule(.callCandidates, "list enrollment candidates", .roles(everyRole)),
        PermissionRule(.callRecord, "record a call attempt and its outcome", .roles(everyRole)),
        PermissionRule(.timeStatus, "read one's own running stopwatch", .anyStaffMember),
        PermissionRule(.timerStart, "start the stopwatch on a patient", .roles(everyRole)),
        PermissionRule(.timerPause, "pause one's own stopwatch", .anyStaffMember),
        PermissionRule(.timerResume, "resume one's own stopwatch", .anyStaffMember),
        PermissionRule(.timerStop, "stop one's own stopwatch and log its time", .anyStaffMember),
        PermissionRule(.timerDiscard, "discard one's own stopwatch without logging time", .anyStaffMember),
        PermissionRule(.timeLog, "log time by hand", .roles(everyRole), forAnother: supervisorOrAdmin, amending: supervisorOrAdmin),
        PermissionRule(.timeList, "list time entries", .roles(everyRole)),
        PermissionRule(.timeShow, "read one time entry", .roles(everyRole)),
        PermissionRule(.timeCount, "check whether time counts toward a code", .roles(everyRole)),
        PermissionRule(.timeReview, "review the month's time of the whole team", .roles(supervisorOrAdmin)),
        PermissionRule(.timeVoid, "void a time entry with a reason", .roles(everyRole), forAnother: supervisorOrAdmin, amending: supervisorOrAdmin),
        PermissionRule(.timeCorrect, "correct a time entry with a reason", .roles(everyRole), forAnother: supervisorOrAdmin, amending: supervisorOrAdmin),
        PermissionRule(.monthComplex, "record a practitioner's judgment that a patient-month is complex", .anyStaffMember, forAnother: supervisorOrAdmin, amending: supervisorOrAdmin, condition: "the judge has a practitioner credential"),
        PermissionRule(.monthBilledElsewhere, "record that another practitioner billed the patient-month", .roles(everyRole), amending: supervisorOrAdmin),
        PermissionRule(.monthNotBilled, "mark patient-months not billed with a reason", .roles([.supervisor])),
        PermissionRule(.reportMonth, "read the month report", .roles(everyRole)),
        PermissionRule(.supervisorTable, "read the supervisor's month table", .roles(supervisorOrAdmin)),
        PermissionRule(.supervisorTeam, "read the team's live activity", .roles(supervisorOrAdmin)),
        PermissionRule(.supervisorAtRisk, "read the at-risk lists", .roles(supervisorOrAdmin)),
        PermissionRule(.supervisorSummary, "read the program summary", .roles(supervisorOrAdmin)),
        PermissionRule(.reportPrograms, "compare what each patient's months earned with the other programs (`tend report programs`)", .roles(supervisorOrAdmin)),
        PermissionRule(.monthState, "read a month's close state", .roles(monthReaders)),
        PermissionRule(.monthChecklist, "read the pre-claim checklist of a month", .roles(monthReaders)),
        PermissionRule(.monthClose, "close a month", .roles([.supervisor])),
        PermissionRule(.monthReopen, "reopen a closed month with a reason", .roles([.admin])),
        PermissionRule(.exportClaims, "export the claims of a closed month", .roles(supervisorOrAdmin)),
        PermissionRule(.feesShow, "read a year's fee schedule (`tend fees show`)", .roles(supervisorOrAdmin)),
        PermissionRule(.feesSet, "enter a code's amount in a year's fee schedule (`tend fees set`)", .roles([.admin])),
        PermissionRule(.feesImport, "import amounts into a year's fee schedule from a CSV file (`tend fees import`)", .roles([.admin])),
        PermissionRule(.exportFHIR, "export patients, problems, care plans, goals, consents and closed months' claims as FHIR R4 for the EHR (`tend export fhir`)", .roles(supervisorOrAdmin)),
        PermissionRule(.auditLog, "read the audit trail (`tend audit log`)", .roles(supervisorOrAdmin)),
        PermissionRule(.auditPacket, "assemble a patient-month's audit packet", .roles(monthReaders)),
        PermissionRule(.workstationOpen, "open the workstation", .anyStaffMember),
        PermissionRule(.workstationUnlock, "unlock the workstation's lock screen with the account's password (a failed attempt is recorded as a denial)", .notChecked(openWorkstation)),
        PermissionRule(.workstationLogoff, "the workstation logged its user off by itself", .notChecked(openWorkstation)),
        PermissionRule(.workstationStop, "the workstation stopped because its account left the staff", .notChecked("recorded as a denial when the account is no longer an active staff member")),
    ]

    private static let rows: [AuditAction: PermissionRule] = Dictionary(uniqueKeysWithValues: table.map { ($0.action, $0) })

    /// Whether `member` (active, with their roles) may do `action` for themself.
    public static func allows(_ member: StaffMember, _ action: AuditAction) -> Bool {
        member.active && rule(for: action).allows(member.roles)
    }

    /// The row of `action`. Every action of ``AuditAction/allCases`` has one (a test checks it);
    /// asking for an action the table lacks is a programming error.
    public static func rule(for action: AuditAction) -> PermissionRule {
        guard let rule = rows[action] else { preconditionFailure("the permission table has no row for \(action.rawValue)") }
        return rule
    }
}
