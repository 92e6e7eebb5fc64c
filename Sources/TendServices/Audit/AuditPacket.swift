import Foundation
import TendDomain
import TendStore

/// Everything an auditor asks for about one patient-month (rules §7), as the store holds it.
public struct AuditPacket: Sendable {
    /// The practice.
    public var practice: String
    /// The practice's time zone.
    public var timeZone: TimeZone
    /// The month's close record (state, history, not-billed marks, amendments).
    public var close: MonthClose
    /// The patient (as frozen at close for a closed month).
    public var patient: Patient
    /// The billing practitioner's roster record, when known.
    public var practitioner: StaffMember?
    /// The program the month is billed under, and the enrollment that says so.
    public var enrollment: ProgramEnrollment
    /// Consents (for every program) dated on or before the month's last day, oldest first.
    public var consents: [Consent]
    /// The consent for the month's program that counts for the month, if any.
    public var countingConsent: Consent?
    /// Calls to the patient in the month, by time (reached ones are a documented APCM service).
    public var calls: [CallAttempt]
    /// The care plan as it stood at the end of the month (`CarePlan.asOf`).
    public var plan: CarePlan
    /// Every time entry of the patient in the month, voided ones included, by start.
    public var entries: [TimeEntry]
    /// Staff names by login, for the entries.
    public var staffNames: [String: String]
    /// Complexity and billed-elsewhere flags.
    public var flags: PatientMonthFlags?
    /// The checklist: every gate's result with evidence, the codes and the disposition.
    public var checklist: ClaimChecklist
    /// The amendments about this patient.
    public var amendments: [MonthAmendment]

    /// The month.
    public var month: YearMonth { close.month }

    /// The program the month is billed under.
    public var program: CareProgram { checklist.result.program }
}

extension Session {
    /// The audit packet of one patient-month (supervisor, admin or practitioner).
    public func auditPacket(_ id: PatientID, month: YearMonth) throws -> AuditPacket {
        try require(.auditPacket, patient: id, doing: "assembling an audit packet")
        guard let packet = try auditPackets(month, patients: [id])[id] else { throw StoreError.notFound(what: "patient \(id)") }
        return packet
    }

    /// The audit packets of several patient-months of one month, read and evaluated once (the
    /// FHIR export's DocumentReferences); the caller has checked the permission. A patient the
    /// month does not cover is absent.
    func auditPackets(_ month: YearMonth, patients ids: Set<PatientID>) throws -> [PatientID: AuditPacket] {
        try store.read {
            let view = try checklist(month, patient: ids.count == 1 ? ids.first : nil)
            let roster = try store.roster()
            let staffNames = Dictionary(roster.members.map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
            let entries = Dictionary(grouping: try store.timeEntries(month: month).filter { ids.contains($0.patientId) }, by: \.patientId)
            let endOfMonth = month.interval(in: timeZone).end.addingTimeInterval(-1)
            let calls = Dictionary(grouping: try store.callAttempts(month: month).filter { ids.contains($0.patientId) }, by: \.patientId)
            var packets: [PatientID: AuditPacket] = [:]
            for item in view.patients where ids.contains(item.patient.id) {
                let patient = item.patient
                let program = item.checklist.result.program
                packets[patient.id] = AuditPacket(
                    practice: store.settings.practice, timeZone: timeZone, close: view.close, patient: patient,
                    practitioner: patient.billingPractitioner.flatMap(roster.member),
                    enrollment: patient.enrollment(in: month),
                    consents: patient.consents.filter { $0.date <= month.lastDay },
                    countingConsent: ConsentStatus.evaluate(for: patient, month: month, program: program).counting,
                    calls: (calls[patient.id] ?? []).sorted { ($0.at, $0.id) < ($1.at, $1.id) },
                    plan: try store.plan(patient.id).asOf(endOfMonth),
                    entries: (entries[patient.id] ?? []).sorted { ($0.start, $0.id) < ($1.start, $1.id) },
                    staffNames: staffNames, flags: try store.monthFlags(patient.id, month: month), checklist: item.checklist,
                    amendments: item.amendments)
            }
            return packets
        }
    }
}
