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
    public static let storeInit = AuditAction(rawValue: "store.init")
    public static let indexRebuild = AuditAction(rawValue: "index.rebuild")
    // Staff.
    public static let staffList = AuditAction(rawValue: "staff.list")
    public static let staffAdd = AuditAction(rawValue: "staff.add")
    public static let staffUpdate = AuditAction(rawValue: "staff.update")
    // Patients.
    public static let patientAdd = AuditAction(rawValue: "patient.add")
    public static let patientImport = AuditAction(rawValue: "patient.import")
    public static let patientShow = AuditAction(rawValue: "patient.show")
    public static let patientList = AuditAction(rawValue: "patient.list")
    public static let patientUpdate = AuditAction(rawValue: "patient.update")
    public static let patientReassign = AuditAction(rawValue: "patient.reassign")
    // Consent.
    public static let consentRecord = AuditAction(rawValue: "consent.record")
    public static let consentRevoke = AuditAction(rawValue: "consent.revoke")
    // The care plan.
    public static let planShow = AuditAction(rawValue: "plan.show")
    public static let planChange = AuditAction(rawValue: "plan.change")
    public static let planShare = AuditAction(rawValue: "plan.share")
    // Calls.
    public static let callList = AuditAction(rawValue: "call.list")
    public static let callCandidates = AuditAction(rawValue: "call.candidates")
    public static let callRecord = AuditAction(rawValue: "call.record")
    // The stopwatch.
    public static let timeStatus = AuditAction(rawValue: "time.status")
    public static let timerStart = AuditAction(rawValue: "timer.start")
    public static let timerPause = AuditAction(rawValue: "timer.pause")
    public static let timerResume = AuditAction(rawValue: "timer.resume")
    public static let timerStop = AuditAction(rawValue: "timer.stop")
    public static let timerDiscard = AuditAction(rawValue: "timer.discard")
    // Time entries.
    public static let timeLog = AuditAction(rawValue: "time.log")
    public static let timeList = AuditAction(rawValue: "time.list")
    public static let timeShow = AuditAction(rawValue: "time.show")
    public static let timeCount = AuditAction(rawValue: "time.count")
    public static let timeReview = AuditAction(rawValue: "time.review")
    public static let timeVoid = AuditAction(rawValue: "time.void")
    public static let timeCorrect = AuditAction(rawValue: "time.correct")
    // Patient-months.
    public static let monthComplex = AuditAction(rawValue: "month.complex")
    public static let monthBilledElsewhere = AuditAction(rawValue: "month.billed-elsewhere")
    public static let monthNotBilled = AuditAction(rawValue: "month.not-billed")
    // Reports and the supervisor view.
    public static let reportMonth = AuditAction(rawValue: "report.month")
    public static let supervisorTable = AuditAction(rawValue: "supervisor.table")
    public static let supervisorTeam = AuditAction(rawValue: "supervisor.team")
    public static let supervisorAtRisk = AuditAction(rawValue: "supervisor.at-risk")
    public static let supervisorSummary = AuditAction(rawValue: "supervisor.summary")
    // Closing a month and claims.
    public static let monthState = AuditAction(rawValue: "month.state")
    public static let monthChecklist = AuditAction(rawValue: "month.checklist")
    public static let monthClose = AuditAction(rawValue: "month.close")
    public static let monthReopen = AuditAction(rawValue: "month.reopen")
    public static let exportClaims = AuditAction(rawValue: "export.claims")
    // The audit trail.
    public static let auditLog = AuditAction(rawValue: "audit.log")
    public static let auditPacket = AuditAction(rawValue: "audit.packet")
    // The workstation.
    public static let workstationOpen = AuditAction(rawValue: "workstation.open")
    public static let workstationUnlock = AuditAction(rawValue: "workstation.unlock")
    public static let workstationLogoff = AuditAction(rawValue: "workstation.logoff")
    public static let workstationStop = AuditAction(rawValue: "workstation.stop")

    /// Every action tend audits, grouped by area; the permission table has one row for each.
    public static let allCases: [AuditAction] = [
        .storeInit, .indexRebuild, .staffList, .staffAdd, .staffUpdate,
        .patientAdd, .patientImport, .patientShow, .patientList, .patientUpdate,
        .patientReassign, .consentRecord, .consentRevoke, .planShow, .planChange,
        .planShare, .callList, .callCandidates, .callRecord, .timeStatus,
        .timerStart, .timerPause, .timerResume, .timerStop, .timerDiscard,
        .timeLog, .timeList, .timeShow, .timeCount, .timeReview,
        .timeVoid, .timeCorrect, .monthComplex, .monthBilledElsewhere, .monthNotBilled,
        .reportMonth, .supervisorTable, .supervisorTeam, .supervisorAtRisk, .supervisorSummary,
        .monthState, .monthChecklist, .monthClose, .monthReopen, .exportClaims,
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
