import Foundation
import TendDomain
import TendStore

extension Session {
    /// This month's call list, ranked (see `CallListRanking`): the enrolled patients whose care
    /// manager is the acting login, or every enrolled patient when `allPatients`.
    ///
    /// Patients, this month's time entries and the call attempts of this month and the previous
    /// one (so a call-back asked for at a month's end still shows) are read under one lock.
    public func callList(allPatients: Bool) throws -> [CallListEntry] {
        let me = try require(.callList, doing: "reading the call list")
        let instant = now
        let zone = timeZone
        let month = YearMonth(instant, in: zone)
        if !allPatients { try ensureIndexes() }
        // One nurse's list reads her patients and their month's time through the indexes, so
        // its cost follows her caseload, not the practice's size.
        let (patients, entries, attempts) = try store.read {
            if allPatients {
                return (try store.allPatients(), try store.timeEntries(month: month),
                        try store.callAttempts(month: month.previous) + store.callAttempts(month: month))
            }
            let ids = try store.patientIDs(careManager: me.login)
            return (try store.patients(ids), try store.timeEntries(month: month, patients: ids),
                    try store.callAttempts(month: month.previous) + store.callAttempts(month: month))
        }
        return CallListRanking.rank(patients: patients, entries: entries, attempts: attempts,
                                    careManager: allPatients ? nil : me.login,
                                    month: month, now: instant, timeZone: zone)
    }

    /// Patients to ask for CCM consent: candidates, eligible, with no counting or declined
    /// consent, sorted by name.
    public func enrollmentCandidates() throws -> [Patient] {
        try require(.callCandidates, doing: "listing enrollment candidates")
        let patients = try store.read { try store.allPatients() }
        return CallListRanking.enrollmentCandidates(patients: patients, table: conditionTable)
    }
}
