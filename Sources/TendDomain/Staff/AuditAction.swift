import Foundation

/// What an audit record says was done (or refused): one value per use case that the store
/// audits. The raw values are the names written in the audit trail, so records written before
/// this type existed read the same. Who may do each action is in ``Permissions``; no other
/// file names an action by its text (a test checks the sources).
public struct AuditAction: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The name written in the audit trail, e.g. `time.log`.
    public let rawValue: String

    /// An action by its audit-trail name (reading records back, tests of the store).
    public init(rawValue: String) { self.rawValue = rawValue }

    // The store and its indexes.
    /// Create a store (`tend init`).
    public static let storeInit = AuditAction(rawValue: "store.init")
    /// Rebuild the indexes from the records (`tend audit reindex`).
    public static let indexRebuild = AuditAction(rawValue: "index.rebuild")
    /// Copy the store to another place: a directory or a database (`tend store copy`).
    public static let storeCopy = AuditAction(rawValue: "store.copy")
    // Staff.
    /// List the staff.
    public static let staffList = AuditAction(rawValue: "staff.list")
    /// Add a staff member.
    public static let staffAdd = AuditAction(rawValue: "staff.add")
    /// Change a staff member's name, credential, roles, NPI or active flag.
    public static let staffUpdate = AuditAction(rawValue: "staff.update")
    // Patients.
    /// Add a patient.
    public static let patientAdd = AuditAction(rawValue: "patient.add")
    /// Import patients from a CSV file.
    public static let patientImport = AuditAction(rawValue: "patient.import")
    /// Import patients, problems, visits and stays from FHIR R4 files (`tend import fhir`).
    public static let patientImportFHIR = AuditAction(rawValue: "patient.import-fhir")
    /// Read a patient's record.
    public static let patientShow = AuditAction(rawValue: "patient.show")
    /// List and search patients.
    public static let patientList = AuditAction(rawValue: "patient.list")
    /// Change a patient's record.
    public static let patientUpdate = AuditAction(rawValue: "patient.update")
    /// Move patients to another care manager.
    public static let patientReassign = AuditAction(rawValue: "patient.reassign")
    // Consent.
    /// Record a patient's consent.
    public static let consentRecord = AuditAction(rawValue: "consent.record")
    /// Record that a patient revoked consent.
    public static let consentRevoke = AuditAction(rawValue: "consent.revoke")
    // Programs.
    /// Enroll a patient in a care-management program (CCM, PCM, APCM) from a month on.
    public static let programSet = AuditAction(rawValue: "program.set")
    // Stays and care transitions.
    /// Record a hospital or SNF stay.
    public static let stayAdd = AuditAction(rawValue: "stay.add")
    /// Read a patient's stays and care transitions.
    public static let stayList = AuditAction(rawValue: "stay.list")
    /// Record a care transition's interactive contact or face-to-face visit.
    public static let stayTransition = AuditAction(rawValue: "stay.transition")
    /// Close a care transition without TCM, with a reason.
    public static let stayClose = AuditAction(rawValue: "stay.close")
    // The care plan.
    /// Read a care plan.
    public static let planShow = AuditAction(rawValue: "plan.show")
    /// Edit a care plan or its goals.
    public static let planChange = AuditAction(rawValue: "plan.change")
    /// Record that a copy of the care plan was given.
    public static let planShare = AuditAction(rawValue: "plan.share")
    // Calls.
    /// Read the call list.
    public static let callList = AuditAction(rawValue: "call.list")
    /// List enrollment candidates.
    public static let callCandidates = AuditAction(rawValue: "call.candidates")
    /// Record a call attempt and its outcome.
    public static let callRecord = AuditAction(rawValue: "call.record")
    // The stopwatch.
    /// Read one's own running stopwatch.
    public static let timeStatus = AuditAction(rawValue: "time.status")
    /// Start the stopwatch on a patient.
    public static let timerStart = AuditAction(rawValue: "timer.start")
    /// Pause one's own stopwatch.
    public static let timerPause = AuditAction(rawValue: "timer.pause")
    /// Resume one's own stopwatch.
    public static let timerResume = AuditAction(rawValue: "timer.resume")
    /// Stop one's own stopwatch and log its time.
    public static let timerStop = AuditAction(rawValue: "timer.stop")
    /// Discard one's own stopwatch without logging time.
    public static let timerDiscard = AuditAction(rawValue: "timer.discard")
    // Time entries.
    /// Log time by hand.
    public static let timeLog = AuditAction(rawValue: "time.log")
    /// List time entries.
    public static let timeList = AuditAction(rawValue: "time.list")
    /// Read one time entry.
    public static let timeShow = AuditAction(rawValue: "time.show")
    /// Check whether time counts toward a code.
    public static let timeCount = AuditAction(rawValue: "time.count")
    /// Review the month's time of the whole team.
    public static let timeReview = AuditAction(rawValue: "time.review")
    /// Void a time entry with a reason.
    public static let timeVoid = AuditAction(rawValue: "time.void")
    /// Correct a time entry with a reason.
    public static let timeCorrect = AuditAction(rawValue: "time.correct")
    // Patient-months.
    /// Record a practitioner's judgment that a patient-month is complex.
    public static let monthComplex = AuditAction(rawValue: "month.complex")
    /// Record that another practitioner billed the patient-month.
    public static let monthBilledElsewhere = AuditAction(rawValue: "month.billed-elsewhere")
    /// Mark patient-months not billed with a reason.
    public static let monthNotBilled = AuditAction(rawValue: "month.not-billed")
    // Reports and the supervisor view.
    /// Read the month report.
    public static let reportMonth = AuditAction(rawValue: "report.month")
    /// Read the supervisor's month table.
    public static let supervisorTable = AuditAction(rawValue: "supervisor.table")
    /// Read the team's live activity.
    public static let supervisorTeam = AuditAction(rawValue: "supervisor.team")
    /// Read the at-risk lists.
    public static let supervisorAtRisk = AuditAction(rawValue: "supervisor.at-risk")
    /// Read the program summary.
    public static let supervisorSummary = AuditAction(rawValue: "supervisor.summary")
    /// Compare what the patients' months earned under their programs with the other programs.
    public static let reportPrograms = AuditAction(rawValue: "report.programs")
    // Closing a month and claims.
    /// Read a month's close state.
    public static let monthState = AuditAction(rawValue: "month.state")
    /// Read the pre-claim checklist of a month.
    public static let monthChecklist = AuditAction(rawValue: "month.checklist")
    /// Close a month.
    public static let monthClose = AuditAction(rawValue: "month.close")
    /// Reopen a closed month with a reason.
    public static let monthReopen = AuditAction(rawValue: "month.reopen")
    /// Export the claims of a closed month.
    public static let exportClaims = AuditAction(rawValue: "export.claims")
    // Fee schedules by year.
    /// Read a year's fee schedule.
    public static let feesShow = AuditAction(rawValue: "fees.show")
    /// Enter a code's amount in a year's fee schedule.
    public static let feesSet = AuditAction(rawValue: "fees.set")
    /// Import amounts into a year's fee schedule from a CSV file.
    public static let feesImport = AuditAction(rawValue: "fees.import")
    /// Export records as FHIR R4 NDJSON for the EHR.
    public static let exportFHIR = AuditAction(rawValue: "export.fhir")
    // The audit trail.
    /// Read the audit trail (`tend audit log`).
    public static let auditLog = AuditAction(rawValue: "audit.log")
    /// Assemble a patient-month's audit packet.
    public static let auditPacket = AuditAction(rawValue: "audit.packet")
    // The workstation.
    /// Open the workstation.
    public static let workstationOpen = AuditAction(rawValue: "workstation.open")
    /// Unlock the workstation's lock screen with the account's password (a failed attempt is recorded as a denial).
    public static let workstationUnlock = AuditAction(rawValue: "workstation.unlock")
    /// The workstation logged its user off by itself.
    public static let workstationLogoff = AuditAction(rawValue: "workstation.logoff")
    /// The workstation stopped because its account left the staff.
    public static let workstationStop = AuditAction(rawValue: "workstation.stop")

    /// Every action tend audits, grouped by area; the permission table has one row for each.
    public static let allCases: [AuditAction] = [
        .storeInit, .indexRebuild, .storeCopy, .staffList, .staffAdd, .staffUpdate,
        .patientAdd, .patientImport, .patientImportFHIR, .patientShow, .patientList, .patientUpdate,
        .patientReassign, .consentRecord, .consentRevoke, .programSet,
        .stayAdd, .stayList, .stayTransition, .stayClose, .planShow, .planChange,
        .planShare, .callList, .callCandidates, .callRecord, .timeStatus,
        .timerStart, .timerPause, .timerResume, .timerStop, .timerDiscard,
        .timeLog, .timeList, .timeShow, .timeCount, .timeReview,
        .timeVoid, .timeCorrect, .monthComplex, .monthBilledElsewhere, .monthNotBilled,
        .reportMonth, .supervisorTable, .supervisorTeam, .supervisorAtRisk, .supervisorSummary,
        .reportPrograms,
        .monthState, .monthChecklist, .monthClose, .monthReopen, .exportClaims,
        .feesShow, .feesSet, .feesImport, .exportFHIR,
        .auditLog, .auditPacket, .workstationOpen, .workstationUnlock, .workstationLogoff,
        .workstationStop,
    ]

    /// The audit-trail name.
    public var description: String { rawValue }

    /// Orders as declared in ``allCases`` (grouped by area), then by name.
    public static func < (lhs: AuditAction, rhs: AuditAction) -> Bool {
        let left = allCases.firstIndex(of: lhs) ?? allCases.count
        let right = allCases.firstIndex(of: rhs) ?? allCases.count
        return left != right ? left < right : lhs.rawValue < rhs.rawValue
    }

    /// Encoded as its name.
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the name.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
