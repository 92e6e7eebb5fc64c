import Foundation
import TendDomain
import TendServices

/// Reads what the screens show through the session's use cases.
struct StoreReader {
    let session: Session

    /// The acting user, the rows of `kind` and the running stopwatch.
    func load(_ kind: ListKind) throws -> StoreView {
        let me = try session.require(.workstationOpen, doing: "opening the workstation")
        let rows: [ListRow]
        switch kind {
        case .myCallList: rows = try session.callList(allPatients: false).map { ListRow(patient: $0.patient, entry: $0) }
        case .allPatients: rows = try session.callList(allPatients: true).map { ListRow(patient: $0.patient, entry: $0) }
        case .candidates: rows = try session.enrollmentCandidates().map { ListRow(patient: $0, entry: nil) }
        case .everyone:
            let ranked = Dictionary(try session.callList(allPatients: true).map { ($0.patient.id, $0) }, uniquingKeysWith: { a, _ in a })
            rows = try session.patients().map { patient in
                ListRow(patient: patient, entry: ranked[patient.id],
                        status: ListRow.statusLabel(patient, eligible: session.eligibility(patient).isEligible))
            }
        }
        let timer = try session.myTimer()
        var timerPatient: Patient?
        if let timer {
            timerPatient = rows.first { $0.patient.id == timer.patientId }?.patient
                ?? (try? session.patient(timer.patientId))
        }
        let staff = (try? session.staff()) ?? []
        return StoreView(me: me, rows: rows, timer: timer, timerPatient: timerPatient,
                         staffNames: Dictionary(staff.map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The details of one patient for the panes.
    func detail(_ id: PatientID, callEntry: CallListEntry?) throws -> PatientDetail {
        let patient = try session.patient(id)
        let plan = try session.plan(id)
        let month = session.currentMonth
        let entries = try session.entries(month: month, patient: id)
        let tally = MinuteTally.count(patient: patient, entries: entries, month: month, timeZone: session.timeZone)
        return PatientDetail(patient: patient, eligibility: session.eligibility(patient), plan: plan, tally: tally,
                             entries: entries.filter { !$0.isVoided }.reversed(),
                             daysLeft: CallListRanking.daysLeft(in: month, now: session.now, timeZone: session.timeZone),
                             callEntry: callEntry)
    }
}
