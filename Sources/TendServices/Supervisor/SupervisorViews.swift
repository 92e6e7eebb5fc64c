import Foundation
import TendDomain

/// One patient's row in the supervisor's month table.
public struct SupervisorRow: Sendable {
    /// The patient (as frozen at close for a closed month).
    public var patient: Patient
    /// The engine's verdict after any not-billed decision.
    public var result: BillingResult
    /// The next total at which the month would bill more, if any.
    public var nextThreshold: Int?
    /// What close does with the patient-month.
    public var disposition: CloseDisposition
    /// The month's amendments about this patient.
    public var amendments: [MonthAmendment]
    /// The minutes that do not count toward the claim, and why (`EntryCounting`).
    public var notCounted: NotCountedTime = .none
    /// The billed codes without a confirmed amount in the month's fee schedule.
    public var unpriced: [UnpricedCode] = []
}

/// One staff member's activity: today, this month, and right now.
public struct TeamMemberActivity: Sendable {
    /// The staff member.
    public var member: StaffMember
    /// Counting-or-not, every active entry's minutes today (whole minutes of the seconds).
    public var minutesToday: Int
    /// Active entries' minutes this month.
    public var minutesThisMonth: Int
    /// Distinct patients with an active entry this month.
    public var patientsTouched: Int
    /// Calls recorded this month.
    public var callsAttempted: Int
    /// Calls this month that reached the patient.
    public var callsReached: Int
    /// The stopwatch running now, if any.
    public var timer: RunningTimer?
    /// Seconds on that stopwatch now.
    public var timerSeconds: Int
}

/// A patient who needs minutes before the month ends.
public struct MinutesAtRisk: Sendable {
    /// The patient.
    public var patient: Patient
    /// Counting minutes so far.
    public var minutes: Int
    /// Minutes still needed for 99490.
    public var needed: Int
}

/// A care plan that needs attention, and why.
public struct PlanAttention: Sendable {
    /// The patient.
    public var patient: Patient
    /// Why, in words.
    public var reason: String
}

/// Patients at risk this month.
public struct AtRiskView: Sendable {
    /// The month.
    public var month: YearMonth
    /// Days left in the month, today included.
    public var daysLeft: Int
    /// Enrolled patients with some minutes but fewer than 20, most needed first.
    public var needMinutes: [MinutesAtRisk]
    /// Enrolled patients with no counting minute yet.
    public var zeroMinutes: [Patient]
    /// Eligible patients never asked or with no counting consent (enrollment candidates).
    public var noConsent: [Patient]
    /// Enrolled patients whose plan is due for review (last revision a year ago or more, or an
    /// unmet goal past its due date) or never established.
    public var planReviewDue: [PlanAttention]
    /// Enrolled patients with no record of a copy of the plan given.
    public var planNeverShared: [Patient]
    /// Patients with an open care transition (TCM pending, or its 30-day period not over),
    /// the next deadline first (docs/supervisor-guide.md).
    public var openTransitions: [PatientTransitions] = []
}

/// The program in figures for a month, with the yearly projections the seed describes.
public struct ProgramSummary: Sendable {
    /// The month.
    public var month: YearMonth
    /// The fee schedule in force: the month's own year's.
    public var feeSchedule: FeeSchedule
    /// Why the month's payments are not all priced, nil when they are.
    public var pricingWarning: String? = nil
    /// Patients enrolled at any time in the month.
    public var enrolled: Int
    /// Patient-months billable (after not-billed decisions).
    public var billable: Int
    /// Expected payment for the month.
    public var expectedPayment: Decimal
    /// Billable patients × their recommended payment × 12: this month's expected payment for a year.
    public var projectedYearFromBillable: Decimal
    /// The 99490 rate in the schedule in force today (CCM's base rate in the projection).
    public var rate99490: Decimal
    /// Σ enrolled patients × their program's base rate × 12: the seed's "patients × rate × 12"
    /// figure, each patient at the program they are in (unpriced codes left out).
    public var projectedYearFromEnrolled: Decimal
    /// The projection per program, in program order.
    public var projections: [ProgramProjection]
    /// The schedule the projection per program is priced with: the one in force today.
    public var projectionSchedule: FeeSchedule
}
