import Foundation

extension CallAttempt {
    /// The longest note kept with a call.
    public static let maxNoteLength = 500
    /// How far ahead a call-back may be scheduled.
    public static let maxCallBackAhead: TimeInterval = 366 * 86_400

    /// A new random attempt id: `C` followed by 10 Crockford base32 characters.
    public static func newID<G: RandomNumberGenerator>(using generator: inout G) -> String {
        "C" + Crockford.random(count: 10, using: &generator)
    }

    /// Validates and builds an attempt made at `now` (truncated to whole seconds).
    ///
    /// A `.callBack` needs a `callBackAt` after `now` and at most a year ahead; the other results
    /// refuse one. The note is trimmed, an empty note becomes nil, and it must pass
    /// `TextValidation` (one line, at most `maxNoteLength` characters).
    public static func make(id: String, patientId: PatientID, staff: String, now: Date, result: CallResult,
                            callBackAt: Date?, note: String?) throws -> CallAttempt {
        let at = now.truncatedToSecond
        var callBack: Date?
        if result == .callBack {
            guard let requested = callBackAt else {
                throw DomainError("a call-back needs the time to call back")
            }
            let time = requested.truncatedToSecond
            guard time > at else {
                throw DomainError("the call-back time must be in the future")
            }
            guard time.timeIntervalSince(at) <= maxCallBackAhead else {
                throw DomainError("the call-back time is more than a year ahead")
            }
            callBack = time
        } else if callBackAt != nil {
            throw DomainError("a call-back time goes only with the call-back result (not \(result.label))")
        }
        var kept: String?
        if let note {
            let trimmed = note.trimmingCharacters(in: .whitespaces)
            try TextValidation.checkFreeText(trimmed, field: "call note", maxLength: maxNoteLength)
            kept = trimmed.isEmpty ? nil : trimmed
        }
        return CallAttempt(id: id, patientId: patientId, staff: staff, at: at, result: result,
                           callBackAt: callBack, note: kept)
    }
}
