import Foundation

/// What tend accepts as a stay and as a transition's record (docs/rules.md "Stays and care
/// transitions"). Every refusal says why.
public enum StayRules {
    /// Checks a new stay against `today` and the patient's other stays: a stay is recorded once
    /// the patient is discharged (a discharge after today is refused: record an ongoing
    /// admission when it ends), and two stays of one patient never share a day.
    public static func checkNew(_ stay: InpatientStay, today: LocalDate, existing: [InpatientStay]) throws {
        guard stay.discharge >= stay.admit else {
            throw DomainError("discharge \(stay.discharge) is before admission \(stay.admit)")
        }
        guard stay.discharge <= today else {
            throw DomainError("the discharge date \(stay.discharge) is in the future; record the stay once the patient is discharged (time logged meanwhile is excluded then)")
        }
        if let other = existing.first(where: { $0.id != stay.id && $0.admit <= stay.discharge && stay.admit <= $0.discharge }) {
            throw DomainError("the stay overlaps the \(other.kind.label) stay \(other.id) (\(other.admit) to \(other.discharge)); one patient has one stay at a time")
        }
        if let facility = stay.facility { try TextValidation.checkFreeText(facility, field: "facility", maxLength: 200) }
    }

    /// Checks an interactive-contact date: on or after the discharge day, not after today, and
    /// the transition not closed.
    public static func checkContact(_ date: LocalDate, stay: InpatientStay, today: LocalDate) throws {
        try checkOpen(stay)
        guard date >= stay.discharge else {
            throw DomainError("the contact date \(date) is before the discharge on \(stay.discharge); TCM contact follows the discharge")
        }
        guard date <= today else { throw DomainError("the contact date \(date) is in the future") }
    }

    /// Checks a face-to-face visit: on or after the discharge day, not after today, the
    /// practitioner named, and the transition not closed.
    public static func checkVisit(_ date: LocalDate, stay: InpatientStay, today: LocalDate) throws {
        try checkOpen(stay)
        guard date >= stay.discharge else {
            throw DomainError("the visit date \(date) is before the discharge on \(stay.discharge)")
        }
        guard date <= today else { throw DomainError("the visit date \(date) is in the future") }
    }

    /// Checks that a transition may be closed: it is not closed already and has not earned TCM.
    public static func checkClose(_ reason: String, status: TransitionStatus) throws {
        try TextValidation.checkRequiredText(reason, field: "reason", maxLength: 500)
        try checkOpen(status.stay)
        if let code = status.code {
            throw DomainError("the transition of stay \(status.stay.id) has earned TCM \(code.rawValue); closing it would drop a billable service")
        }
    }

    private static func checkOpen(_ stay: InpatientStay) throws {
        if let reason = stay.transition.closedReason {
            throw DomainError("the transition of stay \(stay.id) is closed (\(reason))")
        }
    }
}
