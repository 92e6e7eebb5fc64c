import Foundation

/// Where the patient was an inpatient.
public enum StayKind: String, Codable, CaseIterable, Sendable {
    /// An inpatient hospital stay.
    case hospital
    /// A skilled nursing facility stay.
    case snf

    /// Words for screens, `hospital` or `skilled nursing facility`.
    public var label: String {
        switch self {
        case .hospital: return "hospital"
        case .snf: return "skilled nursing facility"
        }
    }
}

/// A hospital or SNF inpatient stay (rules §9, "Inpatient time"). Care-management time during a
/// stay does not count toward CCM or PCM. tend records dates, not hours, so the whole admission
/// day and the whole discharge day belong to the stay (docs/rules.md). A discharge to the
/// community opens a care transition (TCM).
public struct InpatientStay: Codable, Equatable, Sendable {
    /// Stay id (`S` + ULID-style text), stable across edits.
    public var id: String
    /// Hospital or SNF.
    public var kind: StayKind
    /// Admission date.
    public var admit: LocalDate
    /// Discharge date, on or after `admit`.
    public var discharge: LocalDate
    /// Facility name, optional, one line.
    public var facility: String?
    /// Where the stay came from (`manual`, or an import's source file).
    public var source: String?
    /// Login of the person who recorded it.
    public var recordedBy: String
    /// When it was recorded.
    public var recordedAt: Date
    /// The care transition that follows the discharge, as recorded so far.
    public var transition: CareTransition

    /// Creates a stay; throws when discharge is before admission.
    public init(id: String, kind: StayKind, admit: LocalDate, discharge: LocalDate, facility: String? = nil,
                source: String? = nil, recordedBy: String, recordedAt: Date,
                transition: CareTransition = CareTransition()) throws {
        guard discharge >= admit else {
            throw DomainError("discharge \(discharge) is before admission \(admit)")
        }
        self.id = id
        self.kind = kind
        self.admit = admit
        self.discharge = discharge
        self.facility = facility
        self.source = source
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.transition = transition
    }

    /// Whether `date` is one of the stay's days (admission and discharge days included).
    public func covers(_ date: LocalDate) -> Bool { admit <= date && date <= discharge }

    /// Whether the care transition's 30-day period (the discharge day and the 29 days after it)
    /// shares a day with `month`: the months whose report may show its deadlines or its TCM.
    public func transitionOverlaps(_ month: YearMonth) -> Bool {
        discharge <= month.lastDay && discharge.adding(days: 29) >= month.firstDay
    }

    /// The instants the stay covers in `timeZone`: from the start of the admission day to the
    /// start of the day after discharge.
    public func interval(in timeZone: TimeZone) -> (start: Date, end: Date) {
        (admit.startInstant(in: timeZone), discharge.adding(days: 1).startInstant(in: timeZone))
    }
}

/// Medical decision making recorded for a transition's face-to-face visit (decides 99495/99496).
public enum DecisionComplexity: String, Codable, CaseIterable, Sendable {
    /// Moderate complexity (99495 with a visit within 14 days).
    case moderate
    /// High complexity (99496 with a visit within 7 days).
    case high
}

/// The care transition after a discharge: what was recorded of the interactive contact and the
/// face-to-face visit. Deadlines and the TCM code are decided by the transition rules.
public struct CareTransition: Codable, Equatable, Sendable {
    /// Date of the interactive contact (phone, e-mail or in person) with the patient or caregiver.
    public var contactDate: LocalDate?
    /// The time entry that documents the interactive contact, when one was named: its minutes
    /// are TCM work and do not count toward CCM or PCM (a minute counts once; docs/rules.md).
    public var contactEntry: EntryID?
    /// Date of the face-to-face visit.
    public var visitDate: LocalDate?
    /// Medical decision making of the visit.
    public var complexity: DecisionComplexity?
    /// Login of the practitioner who furnished the visit (the one who bills TCM).
    public var practitioner: String?
    /// Set when a person closed the transition without TCM (readmitted, died, declined, moved).
    public var closedReason: String?

    /// Creates a transition record.
    public init(contactDate: LocalDate? = nil, contactEntry: EntryID? = nil, visitDate: LocalDate? = nil, complexity: DecisionComplexity? = nil,
                practitioner: String? = nil, closedReason: String? = nil) {
        self.contactDate = contactDate
        self.contactEntry = contactEntry
        self.visitDate = visitDate
        self.complexity = complexity
        self.practitioner = practitioner
        self.closedReason = closedReason
    }
}

extension InpatientStay {
    /// A new random stay id: `S` followed by 10 Crockford base32 characters.
    public static func newID<G: RandomNumberGenerator>(using generator: inout G) -> String {
        "S" + Crockford.random(count: 10, using: &generator)
    }
}
