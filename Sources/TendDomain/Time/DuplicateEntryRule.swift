import Foundation

/// A probable duplicate: the same piece of work logged twice (issue 8 §3). Two entries are
/// the same when they have the same patient, staff member, local day, length (whole seconds),
/// activity and note (compared without leading or trailing blanks). Manual and stopwatch entries
/// are compared alike; voided entries are never compared.
public enum DuplicateEntryRule {
    /// The first existing entry (in start order) that one of the active `new` entries
    /// duplicates, if any; an entry is never compared with itself (same id).
    public static func firstDuplicate(of new: [TimeEntry], existing: [TimeEntry], timeZone: TimeZone) -> TimeEntry? {
        let candidates = new.filter { !$0.isVoided }
        return existing
            .filter { old in !old.isVoided && candidates.contains { $0.id != old.id && same($0, old, timeZone: timeZone) } }
            .min { ($0.start, $0.id) < ($1.start, $1.id) }
    }

    /// Whether two entries record the same work.
    public static func same(_ a: TimeEntry, _ b: TimeEntry, timeZone: TimeZone) -> Bool {
        a.patientId == b.patientId && a.staff == b.staff && a.seconds == b.seconds && a.activity == b.activity
            && normalized(a.note) == normalized(b.note)
            && LocalDate(a.start, in: timeZone) == LocalDate(b.start, in: timeZone)
    }

    /// The first entry named in full, e.g. `entry T… (2026-12-03 10:00-10:15, 15 min medication
    /// reconciliation by bokafor for Ramírez, José (DOB 1950-03-04), same note)`; `patient` is how
    /// the patient is named (the id when nil).
    public static func describe(_ first: TimeEntry, patient: String? = nil, timeZone: TimeZone) -> String {
        "entry \(first.id) (\(LocalDate(first.start, in: timeZone)) "
            + "\(LocalDateTimeText.clock(first.start, in: timeZone))-\(LocalDateTimeText.clock(first.end, in: timeZone)), "
            + "\(DurationText.format(first.seconds)) \(first.activity.label) by \(first.staff) "
            + "for \(patient ?? "patient \(first.patientId)"), same note)"
    }

    private static func normalized(_ note: String) -> String {
        note.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
