import Foundation

/// One recorded outreach call: who called which patient, when, and how it ended.
public struct CallAttempt: Codable, Equatable, Sendable {
    /// Unique id of the attempt (an entry id, e.g. `E…`).
    public var id: String
    /// The patient called.
    public var patientId: PatientID
    /// Login of the staff member who called.
    public var staff: String
    /// When the call was made, whole seconds.
    public var at: Date
    /// How the call ended.
    public var result: CallResult
    /// When to call again; set only for `.callBack`.
    public var callBackAt: Date?
    /// Optional free text (one line).
    public var note: String?

    /// Creates an attempt as given (see `CallAttempt.make` for the validated constructor).
    public init(id: String, patientId: PatientID, staff: String, at: Date, result: CallResult,
                callBackAt: Date? = nil, note: String? = nil) {
        self.id = id
        self.patientId = patientId
        self.staff = staff
        self.at = at
        self.result = result
        self.callBackAt = callBackAt
        self.note = note
    }
}
