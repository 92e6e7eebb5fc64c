import Foundation

/// The dates a care transition is judged on (rules §9, TCM; docs/rules.md "Stays and care
/// transitions"). Every deadline is the last day that still meets it.
public struct TransitionDeadlines: Codable, Equatable, Sendable {
    /// The discharge date (day 0 of the period).
    public var discharge: LocalDate
    /// Last day for the interactive contact: the second business day after discharge.
    public var contact: LocalDate
    /// Last day for a face-to-face visit that supports 99496 (high complexity): discharge + 7 days.
    public var highVisit: LocalDate
    /// Last day for a face-to-face visit that supports 99495: discharge + 14 days.
    public var moderateVisit: LocalDate
    /// Last day of the 30-day TCM period (it starts on the discharge day): discharge + 29 days.
    public var periodEnd: LocalDate

    /// The deadlines of a discharge on `discharge`.
    public init(discharge: LocalDate) {
        self.discharge = discharge
        contact = BusinessDays.adding(2, after: discharge)
        highVisit = discharge.adding(days: 7)
        moderateVisit = discharge.adding(days: 14)
        periodEnd = discharge.adding(days: 29)
    }

    /// The last day a visit of `complexity` supports TCM.
    public func visitDeadline(for complexity: DecisionComplexity) -> LocalDate {
        complexity == .high ? highVisit : moderateVisit
    }
}
