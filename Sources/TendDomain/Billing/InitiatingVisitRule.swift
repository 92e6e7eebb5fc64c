import Foundation

/// The initiating-visit rule: a qualifying visit in the 12 months before CCM starts (rules §1, §5).
public enum InitiatingVisitRule {
    /// The visits dated in `[consentDate - 12 months, consentDate]`, latest first.
    public static func qualifyingVisits(_ visits: [QualifyingVisit], consentDate: LocalDate) -> [QualifyingVisit] {
        let earliest = consentDate.adding(months: -12)
        return visits.filter { $0.date >= earliest && $0.date <= consentDate }.sorted { $0.date > $1.date }
    }

    /// Whether some visit is dated in `[consentDate - 12 months, consentDate]`.
    public static func isSatisfied(visits: [QualifyingVisit], consentDate: LocalDate) -> Bool {
        !qualifyingVisits(visits, consentDate: consentDate).isEmpty
    }
}
