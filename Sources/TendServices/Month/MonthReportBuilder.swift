import Foundation
import TendDomain
import TendStore

/// One patient's line in a month report: who they are and what the engine decided.
public struct PatientMonthLine: Sendable {
    /// The patient.
    public var patient: Patient
    /// The engine's result for the month.
    public var result: BillingResult
    /// The minutes that do not count toward the claim, and why (`EntryCounting`).
    public var notCounted: NotCountedTime = .none
    /// The care transitions whose 30-day period overlaps the month or whose TCM the month bills,
    /// judged today (docs/rules.md "Stays and care transitions").
    public var transitions: [TransitionStatus] = []
    /// The billed codes without a confirmed amount in the month's fee schedule: the line is
    /// unpriced (its payment counts unconfirmed amounts as shown and missing ones as $0.00).
    public var unpriced: [UnpricedCode] = []
}

/// A month's report: every enrolled patient and every patient with time that month.
public struct MonthReportView: Sendable {
    /// The month.
    public var month: YearMonth
    /// The practice.
    public var practice: String
    /// The fee schedule used: the month's own year's (frozen at close for a closed month).
    public var feeSchedule: FeeSchedule
    /// Why the month's payments are not all priced (no schedule for its year, or codes without
    /// a confirmed amount), nil when they are.
    public var pricingWarning: String?
    /// One line per patient, sorted by name.
    public var lines: [PatientMonthLine]
    /// Totals.
    public var totals: MonthReport
    /// The month's close record: state, history, not-billed marks and amendments.
    public var close: MonthClose

    /// The TCM services the month bills (visit in the month, TCM earned), by patient name.
    public var tcm: [(patient: Patient, status: TransitionStatus)] {
        lines.flatMap { line in
            line.transitions.filter { $0.billingMonth == month }.map { (patient: line.patient, status: $0) }
        }
    }

    /// Expected payment of the month's TCM services; codes without a confirmed amount are listed
    /// in `unpricedTCM` (an unconfirmed amount counts as shown, one not entered as $0.00).
    public var tcmPayment: Decimal {
        tcm.compactMap { $0.status.code.map { feeSchedule.fee(for: $0).amount } }.reduce(0, +)
    }

    /// TCM codes the month bills that the fee schedule has no confirmed amount for.
    public var unpricedTCM: [CPTCode] {
        Array(Set(tcm.compactMap(\.status.code).filter { !feeSchedule.fee(for: $0).isPriced })).sorted()
    }
}

extension Session {
    /// Builds the report for a month. Reads every patient record, the month's time files, flags
    /// and close record; never another month's entries. A closed month is evaluated on the
    /// patient records and fee schedule frozen at close, and carries its amendments.
    public func monthReport(_ month: YearMonth) throws -> MonthReportView {
        try require(.reportMonth, doing: "reading reports")
        let inputs = try store.read { try MonthInputs.read(store, month: month, coveredOnly: true) }
        let day = today
        let lines = Self.byName(evaluate(inputs, patients: inputs.covered).map {
            PatientMonthLine(patient: $0.facts.patient,
                             result: Self.applying(inputs.notBilled($0.facts.patient.id), to: $0.result),
                             notCounted: inputs.notCounted($0),
                             transitions: Self.transitions($0.facts.patient, month: month, today: day,
                                                           notBilled: inputs.notBilled($0.facts.patient.id) != nil))
        }, patient: \.patient).map { line -> PatientMonthLine in
            var priced = line
            priced.unpriced = inputs.unpriced(line.result)
            return priced
        }
        return MonthReportView(month: month, practice: store.settings.practice, feeSchedule: inputs.schedule,
                               pricingWarning: inputs.pricingWarning(lines.map(\.result)),
                               lines: lines, totals: MonthReport(month: month, results: lines.map(\.result)),
                               close: inputs.close)
    }

    /// The patient's transitions that concern `month`: the 30-day period overlaps it, or its
    /// TCM is billed in it. A supervisor's not-billed mark on the patient-month withholds the
    /// month's TCM too (shown as not earned, with that reason).
    static func transitions(_ patient: Patient, month: YearMonth, today: LocalDate, notBilled: Bool) -> [TransitionStatus] {
        guard let stays = patient.stays, !stays.isEmpty else { return [] }
        return TransitionRules.evaluate(patient, today: today)
            .filter { $0.overlaps(month) || $0.billingMonth == month }
            .map { status in
                guard notBilled, status.billingMonth == month else { return status }
                var withheld = status
                withheld.outcome = .notEarned("a supervisor marked \(month) not billed for this patient")
                return withheld
            }
    }

    /// The result as billed after a supervisor's not-billed decision: no codes and no payment
    /// (the would-be sets stay visible as alternatives). Unchanged without a mark.
    public static func applying(_ mark: NotBilledMark?, to result: BillingResult) -> BillingResult {
        guard mark != nil, result.isBillable else { return result }
        var adjusted = result
        adjusted.isBillable = false
        adjusted.codes = []
        adjusted.payment = 0
        adjusted.alternatives = result.candidates
        return adjusted
    }

    /// Whether the patient's enrollment status was `enrolled` at any time during the month.
    public static func wasEnrolled(_ patient: Patient, during month: YearMonth) -> Bool {
        var status = EnrollmentStatus.candidate
        for change in patient.enrollment.sorted(by: { $0.date < $1.date }) {
            if change.date > month.lastDay { break }
            if change.date >= month.firstDay, change.status == .enrolled { return true }
            status = change.status
        }
        if status == .enrolled { return true }
        // A disenrollment takes effect at the end of the month in which it was recorded.
        if status == .disenrolled, let last = patient.enrollment.last(where: { $0.date <= month.lastDay }),
           last.date.yearMonth == month { return true }
        return false
    }
}
