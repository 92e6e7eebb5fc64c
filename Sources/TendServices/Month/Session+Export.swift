import Foundation
import TendDomain
import TendStore

/// A month's claims export: one line per billed code, the patient-months whose lines are
/// blocked, and the month's amendments. Holds nothing about the moment it was produced, so the
/// same store always gives the same export.
public struct ClaimsExport: Sendable {
    /// The month.
    public var month: YearMonth
    /// Closed, or open (only with `draft`).
    public var state: MonthState
    /// Whether this is a draft of a month not yet closed.
    public var draft: Bool
    /// The practice.
    public var practice: String
    /// The fee schedule the payments come from: the month's own year's.
    public var feeSchedule: String
    /// Why some lines' payments are not priced (no schedule for the month's year, or codes
    /// without a confirmed amount), nil when all are; exporting is never blocked by it.
    public var pricingWarning: String?
    /// Claim lines, sorted by MRN, patient id, then code.
    public var lines: [ClaimLine]
    /// Billable patient-months whose lines cannot be exported, sorted by name.
    public var problems: [ClaimProblem]
    /// The month's amendments, oldest first.
    public var amendments: [MonthAmendment]

    /// Total expected payment of the exported lines.
    public var payment: Decimal { lines.reduce(Decimal(0)) { $0 + $1.payment } }
}

extension Session {
    /// The claims export of a month (supervisor or admin). Only a closed month exports unless
    /// `draft`. Lines come from billable patient-months not marked "not billed"; a patient-month
    /// without an MBI, a billing practitioner, or a valid NPI is listed in `problems` instead.
    /// The date of service is the last day of the month; a TCM line (earned, visit in the
    /// month) is the visit practitioner's, dated the visit day (docs/rules.md).
    public func claimsExport(_ month: YearMonth, draft: Bool = false) throws -> ClaimsExport {
        try require(.exportClaims, doing: "exporting claims")
        let (inputs, roster) = try store.read { (try MonthInputs.read(store, month: month, coveredOnly: true), try store.roster()) }
        guard inputs.close.isClosed || draft else {
            throw DomainError("\(month) is not closed; close it first (`tend month close \(month)`) or export a draft with --draft")
        }
        var lines: [ClaimLine] = []
        var problems: [ClaimProblem] = []
        var exported: [BillingResult] = []
        let byPatient = Dictionary(grouping: inputs.entries, by: \.patientId)
        let day = today
        for item in evaluate(inputs, patients: inputs.covered) {
            let patient = item.facts.patient
            let notBilled = inputs.notBilled(patient.id) != nil
            for status in Self.transitions(patient, month: month, today: day, notBilled: notBilled) where status.billingMonth == month {
                switch TCMClaim.line(patient: patient, status: status,
                                     practitioner: status.stay.transition.practitioner.flatMap(roster.member),
                                     feeSchedule: inputs.schedule, amendments: inputs.amendments(of: patient.id).map(\.number)) {
                case .success(let line): lines.append(line)
                case .failure(let problem): problems.append(problem)
                case nil: break
                }
            }
            guard ClaimChecklist.disposition(item.result, notBilled: inputs.notBilled(patient.id)) == .billable else { continue }
            let built = ClaimBuilder.lines(
                patient: patient, result: item.result, entries: byPatient[patient.id] ?? [],
                practitioner: patient.billingPractitioner.flatMap(roster.member), feeSchedule: inputs.schedule,
                amendments: inputs.amendments(of: patient.id).map(\.number))
            switch built {
            case .success(let patientLines):
                lines += patientLines
                exported.append(item.result)
            case .failure(let problem): problems.append(problem)
            }
        }
        lines.sort { ($0.mrn ?? "", $0.patientId, $0.code) < ($1.mrn ?? "", $1.patientId, $1.code) }
        problems.sort { ($0.name, $0.patientId) < ($1.name, $1.patientId) }
        return ClaimsExport(month: month, state: inputs.close.state, draft: !inputs.close.isClosed, practice: store.settings.practice,
                            feeSchedule: inputs.schedule.name, pricingWarning: inputs.pricingWarning(exported), lines: lines, problems: problems,
                            amendments: inputs.close.amendments)
    }
}
