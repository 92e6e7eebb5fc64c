import Foundation
import TendDomain

/// The typed operations of the JSON-file store's change set: each record kind goes to its path
/// (``StoreLayout``), and the index files follow the records in the same commit.
extension StagedChange {
    func put(_ roster: StaffRoster) throws { try put(roster, at: StoreLayout.staff) }

    /// Writes the year's schedule; the old single schedule goes when it was that year's, so
    /// that one year never has two.
    func put(_ schedule: FeeSchedule, year: Int) throws {
        try FeeSchedule.checkYear(year)
        var kept = schedule
        kept.year = year
        try put(kept, at: StoreLayout.feeSchedule(year: year))
        if let legacy = try store.legacyFeeSchedule(), JSONFileStore.legacyScheduleYear(legacy) == year {
            remove(StoreLayout.legacyFeeSchedule)
        }
    }

    /// Writes the patient, its MRN index entry when its MRN is new, and moves its care-manager
    /// marker when its care manager changed (or it is new).
    func put(_ patient: Patient, replacing previous: Patient?) throws {
        if patient.mrn != previous?.mrn {
            if let old = previous?.mrn { remove(MRNIndexEntry.path(for: old)) }
            if let mrn = patient.mrn { try put(MRNIndexEntry(mrn: mrn, patientId: patient.id), at: MRNIndexEntry.path(for: mrn)) }
        }
        try put(patient, at: StoreLayout.patient(patient.id.rawValue))
        let old = previous?.careManager
        guard old != patient.careManager || previous == nil else { return }
        if let old { remove(StoreLayout.careManagerMarker(old, patient: patient.id)) }
        if let login = patient.careManager {
            try put(CareManagerMarker(patientId: patient.id), at: StoreLayout.careManagerMarker(login, patient: patient.id))
        }
    }

    func put(_ plan: CarePlan) throws { try put(plan, at: StoreLayout.plan(plan.patientId.rawValue)) }

    func put(_ log: StaffMonthLog) throws {
        try put(log, at: StoreLayout.time(month: log.month.description, staff: log.staff))
    }

    /// Adds each entry's staff member to its patient-month's index record (months counted in the
    /// practice's time zone), reading each record once.
    func indexTimeEntries(_ entries: [TimeEntry]) throws {
        let zone = store.settings.zone
        let groups = Dictionary(grouping: entries) { entry in
            "\(entry.patientId.rawValue) \(LocalDate(entry.start, in: zone).yearMonth)"
        }
        for parts in groups.values {
            guard let first = parts.first else { continue }
            let month = LocalDate(first.start, in: zone).yearMonth
            let path = StoreLayout.patientMonthStaff(month: month, patient: first.patientId)
            let current = try stagedPatientMonths[path]
                ?? (creating ? PatientMonthStaff(patientId: first.patientId, month: month, staff: [])
                    : store.patientMonthStaff(first.patientId, month: month))
            let wanted = Set(current.staff).union(parts.map(\.staff))
            guard wanted.count != current.staff.count else { continue }
            let record = PatientMonthStaff(patientId: first.patientId, month: month, staff: Array(wanted))
            stagedPatientMonths[path] = record
            try put(record, at: path)
        }
    }

    func put(_ log: CallLog) throws { try put(log, at: StoreLayout.calls(month: log.month, staff: log.staff)) }

    func put(_ flags: PatientMonthFlags) throws {
        try put(flags, at: StoreLayout.monthFlags(month: flags.month.description, patient: flags.patientId.rawValue))
    }

    func put(_ timer: RunningTimer) throws { try put(timer, at: StoreLayout.timer(timer.staff)) }

    func removeTimer(of login: String) { remove(StoreLayout.timer(login)) }

    func put(_ close: MonthClose) throws { try put(close, at: StoreLayout.monthClose(close.month)) }

    /// Writes the header and the parts (``JSONFileStore/snapshotPartSize`` patients each), and
    /// removes any part left from an earlier close.
    func put(_ snapshot: ClosedMonthSnapshot) throws {
        let size = JSONFileStore.snapshotPartSize
        let parts = stride(from: 0, to: snapshot.patients.count, by: size).map {
            SnapshotPart(patients: Array(snapshot.patients[$0..<min(snapshot.patients.count, $0 + size)]))
        }
        try removeClosedSnapshot(snapshot.month)
        try put(SnapshotHeader(month: snapshot.month, closedAt: snapshot.closedAt, feeSchedule: snapshot.feeSchedule,
                               parts: parts.count, patients: nil),
                at: StoreLayout.closedSnapshot(snapshot.month))
        for (index, part) in parts.enumerated() {
            try put(part, at: StoreLayout.closedSnapshotPart(snapshot.month, index))
        }
    }

    /// Removes the header and every part of a month's snapshot.
    func removeClosedSnapshot(_ month: YearMonth) throws {
        guard !creating else { return }
        let directory = StoreLayout.closeDirectory(month)
        for name in try store.list(directory) where name == "snapshot.json" || StoreLayout.isClosedSnapshotPart(name) {
            remove("\(directory)/\(name)")
        }
    }
}
