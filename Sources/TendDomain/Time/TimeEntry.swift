import Foundation

/// Time spent on one patient's CCM by one staff member, within one local calendar month.
public struct TimeEntry: Codable, Equatable, Sendable {
    /// Entry id.
    public var id: EntryID
    /// The patient.
    public var patientId: PatientID
    /// Login of the staff member whose time it is.
    public var staff: String
    /// The staff member's credential when the time was logged (decides the bucket).
    public var credential: Credential
    /// Start instant, whole seconds.
    public var start: Date
    /// End instant (exclusive), whole seconds, after `start`.
    public var end: Date
    /// What was done.
    public var activity: Activity
    /// What happened, in words (may span lines).
    public var note: String
    /// Conditions addressed, each on the patient's problem list.
    public var conditions: [ICD10Code]
    /// Stopwatch or manual.
    public var source: EntrySource
    /// Login of the person who recorded it (may differ from `staff`).
    public var recordedBy: String
    /// When it was recorded.
    public var recordedAt: Date
    /// Shared by all parts of a span that was split at a local month end.
    public var splitGroup: EntryID?
    /// Active or voided.
    public var status: EntryStatus
    /// The entry this one corrects (that entry is voided).
    public var corrects: EntryID?
    /// The entry that replaced this one, when it was voided by a correction.
    public var correctedBy: EntryID?
    /// Optimistic-concurrency version kept by the store.
    public var version: Int

    /// Creates an entry. Instants are truncated to whole seconds.
    public init(id: EntryID, patientId: PatientID, staff: String, credential: Credential, start: Date, end: Date,
                activity: Activity, note: String, conditions: [ICD10Code], source: EntrySource,
                recordedBy: String, recordedAt: Date, splitGroup: EntryID? = nil, status: EntryStatus = .active,
                corrects: EntryID? = nil, correctedBy: EntryID? = nil, version: Int = 1) {
        self.id = id
        self.patientId = patientId
        self.staff = staff
        self.credential = credential
        self.start = start.truncatedToSecond
        self.end = end.truncatedToSecond
        self.activity = activity
        self.note = note
        self.conditions = conditions
        self.source = source
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt.truncatedToSecond
        self.splitGroup = splitGroup
        self.status = status
        self.corrects = corrects
        self.correctedBy = correctedBy
        self.version = version
    }

    /// Whole seconds from start to end (never negative).
    public var seconds: Int { max(0, Int((end.timeIntervalSince1970 - start.timeIntervalSince1970).rounded(.down))) }

    /// Clinical-staff or practitioner time, from the credential snapshot.
    public var bucket: TimeBucket { credential.bucket }

    /// Whether the entry has been voided.
    public var isVoided: Bool { status.isVoided }

    /// Whether `[start, end)` overlaps `other`'s span; touching ends do not overlap.
    public func overlaps(_ other: TimeEntry) -> Bool {
        start < other.end && other.start < end
    }
}

extension Date {
    /// The instant with any fraction of a second dropped (toward the past).
    public var truncatedToSecond: Date {
        Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down))
    }
}
