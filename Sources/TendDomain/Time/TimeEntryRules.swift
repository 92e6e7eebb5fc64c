import Foundation

/// What someone asks to log, before validation and month splitting.
public struct TimeEntryDraft: Equatable, Sendable {
    /// The patient.
    public var patient: Patient
    /// Login of the staff member whose time it is.
    public var staff: String
    /// That staff member's credential now.
    public var credential: Credential
    /// Start instant.
    public var start: Date
    /// End instant.
    public var end: Date
    /// What was done.
    public var activity: Activity
    /// What happened, in words.
    public var note: String
    /// Conditions addressed.
    public var conditions: [ICD10Code]
    /// Stopwatch or manual.
    public var source: EntrySource
    /// Login of the person recording it.
    public var recordedBy: String

    /// Creates a draft.
    public init(patient: Patient, staff: String, credential: Credential, start: Date, end: Date, activity: Activity,
                note: String, conditions: [ICD10Code], source: EntrySource, recordedBy: String) {
        self.patient = patient
        self.staff = staff
        self.credential = credential
        self.start = start
        self.end = end
        self.activity = activity
        self.note = note
        self.conditions = conditions
        self.source = source
        self.recordedBy = recordedBy
    }
}

/// Pure rules for logging time (rules §4).
public enum TimeEntryRules {
    /// How far past `now` an entry may end (clock skew between machines).
    public static let futureTolerance: TimeInterval = 120
    /// Longest accepted note, in characters.
    public static let maxNoteLength = 4_000

    /// Validates a draft and returns its entries, split at local month ends in `timeZone`.
    ///
    /// Each part gets its own id; when there are several parts they share `splitGroup`
    /// (the first part's id). Throws a `DomainError` when the end is not after the start (in
    /// whole seconds), the end is in the future beyond `futureTolerance`, the note is empty
    /// or unclean, or the conditions are empty or not on the patient's problem list.
    public static func makeEntries<G: RandomNumberGenerator>(
        _ draft: TimeEntryDraft, now: Date, timeZone: TimeZone, using generator: inout G
    ) throws -> [TimeEntry] {
        let start = draft.start.truncatedToSecond
        let end = draft.end.truncatedToSecond
        guard end > start else { throw DomainError("the end of the time entry must be after its start") }
        guard end <= now.addingTimeInterval(futureTolerance) else {
            throw DomainError("the time entry ends in the future; log time only after it is spent")
        }
        try TextValidation.checkRequiredText(draft.note, field: "note", maxLength: maxNoteLength, allowNewlines: true)
        if case .manual(let reason?) = draft.source {
            try TextValidation.checkFreeText(reason, field: "manual entry reason", maxLength: 500)
        }
        let conditions = try checkConditions(draft.conditions, patient: draft.patient)
        let slices = TimeSplitter.slices(start: start, end: end, in: timeZone)
        let ids = slices.map { _ in EntryID.random(using: &generator) }
        let group = slices.count > 1 ? ids.first : nil
        return zip(slices, ids).map { slice, id in
            TimeEntry(id: id, patientId: draft.patient.id, staff: draft.staff, credential: draft.credential,
                      start: slice.start, end: slice.end, activity: draft.activity, note: draft.note,
                      conditions: conditions, source: draft.source, recordedBy: draft.recordedBy,
                      recordedAt: now, splitGroup: group)
        }
    }

    /// `makeEntries` with the system random number generator for ids.
    public static func makeEntries(_ draft: TimeEntryDraft, now: Date, timeZone: TimeZone) throws -> [TimeEntry] {
        var generator = SystemRandomNumberGenerator()
        return try makeEntries(draft, now: now, timeZone: timeZone, using: &generator)
    }

    /// The conditions, de-duplicated in order, after checking each is on the patient's problem list.
    public static func checkConditions(_ conditions: [ICD10Code], patient: Patient) throws -> [ICD10Code] {
        let listed = patient.conditions.map(\.rawValue).joined(separator: ", ")
        guard !conditions.isEmpty else {
            throw DomainError("name at least one condition the time addressed (patient's codes: \(listed.isEmpty ? "none" : listed))")
        }
        var seen: Set<ICD10Code> = []
        var result: [ICD10Code] = []
        for code in conditions where seen.insert(code).inserted {
            guard patient.conditions.contains(code) else {
                throw DomainError("\(code) is not on this patient's problem list (patient's codes: \(listed.isEmpty ? "none" : listed))")
            }
            result.append(code)
        }
        return result
    }

    /// Existing active entries of the same staff member that overlap any active new entry,
    /// sorted by start. Touching ends (10:00-10:20, 10:20-10:40) do not overlap; an entry is
    /// never compared with itself (same id), and different staff members may overlap.
    public static func overlaps(_ new: [TimeEntry], existing: [TimeEntry]) -> [TimeEntry] {
        let candidates = new.filter { !$0.isVoided }
        let conflicts = existing.filter { old in
            !old.isVoided && candidates.contains { $0.id != old.id && $0.staff == old.staff && $0.overlaps(old) }
        }
        return conflicts.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }

    /// A message naming a conflicting entry, e.g.
    /// `overlaps entry T... for patient P... on 2026-03-05 10:00-10:20`, or with the patient's
    /// name and date of birth when given
    /// (`for patient P... Brown, Charles (DOB 1944-02-03) on ...`).
    public static func conflictMessage(_ conflict: TimeEntry, in timeZone: TimeZone, patient: PatientIdentity? = nil) -> String {
        "overlaps entry \(conflict.id) for patient \(conflict.patientId)\(patient.map { " " + $0.nameAndBirthDate } ?? "") "
            + "on \(LocalDate(conflict.start, in: timeZone)) \(LocalDateTimeText.clock(conflict.start, in: timeZone))-\(LocalDateTimeText.clock(conflict.end, in: timeZone))"
    }
}
