import Foundation
import TendDomain
import TendStore

extension Session {
    /// Records one outreach call to a patient, made now by the acting staff member.
    ///
    /// A `.callBack` needs `callBackAt` in the future; other results refuse one. The note is
    /// optional, one line. The attempt goes into the caller's call log for the current month.
    @discardableResult
    public func recordCall(_ id: PatientID, result: CallResult, callBackAt: Date?, note: String?) throws -> CallAttempt {
        let me = try require(.callRecord, patient: id, doing: "recording a call")
        let at = now
        var generator = SystemRandomNumberGenerator()
        let attempt = try CallAttempt.make(id: CallAttempt.newID(using: &generator), patientId: id, staff: me.login,
                                           now: at, result: result, callBackAt: callBackAt, note: note)
        let zone = timeZone
        try store.write(account, action: .callRecord, patient: id.rawValue, at: at) { change in
            _ = try store.patient(id)
            let month = YearMonth(attempt.at, in: zone)
            var log = try store.callLog(me.login, month: month)
            log.attempts.append(attempt)
            log.version += 1
            try change.put(log)
            let callBack = attempt.callBackAt.map { " for \(LocalTimeOfDay($0, in: zone).text(relativeTo: LocalDate(at, in: zone)))" } ?? ""
            change.summary = "recorded a call to \(id) by \(me.login): \(result.label)\(callBack)"
            change.describe(attempt)
        }
        return attempt
    }

    /// Every call attempt of a month, by every staff member, oldest first.
    public func callAttempts(month: YearMonth) throws -> [CallAttempt] {
        try require(.callList, doing: "listing calls")
        return try store.read { try store.callAttempts(month: month) }
            .sorted { ($0.at, $0.id) < ($1.at, $1.id) }
    }
}
