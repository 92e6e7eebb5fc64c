import Foundation
import TendDomain

/// Building and checking the indexes from the records they are derived from.
extension JSONFileStore {
    /// What the indexes should hold, derived from every patient and every time file.
    struct DerivedIndexes {
        var markers: [String: CareManagerMarker] = [:]
        var patientMonths: [String: PatientMonthStaff] = [:]
    }

    func deriveIndexes() throws -> DerivedIndexes {
        var derived = DerivedIndexes()
        for patient in try allPatients() {
            if let login = patient.careManager {
                derived.markers[StoreLayout.careManagerMarker(login, patient: patient.id)] = CareManagerMarker(patientId: patient.id)
            }
        }
        for monthName in try list("time") {
            guard let month = YearMonth(monthName) else { continue }
            var staffByPatient: [PatientID: Set<String>] = [:]
            for entry in try timeEntries(month: month) { staffByPatient[entry.patientId, default: []].insert(entry.staff) }
            for (id, staff) in staffByPatient {
                derived.patientMonths[StoreLayout.patientMonthStaff(month: month, patient: id)] =
                    PatientMonthStaff(patientId: id, month: month, staff: Array(staff))
            }
        }
        return derived
    }

    /// Every index file now in the store, by path.
    func existingIndexFiles() throws -> [String] {
        var paths: [String] = []
        for login in try list("index/care-manager") {
            paths += try list("index/care-manager/\(login)").map { "index/care-manager/\(login)/\($0)" }
        }
        for month in try list("index/patient-month") {
            paths += try list("index/patient-month/\(month)").map { "index/patient-month/\(month)/\($0)" }
        }
        return paths
    }

    /// Rebuilds every index from the records, in one audited commit. Returns the number of index
    /// files written.
    @discardableResult
    public func rebuildIndexes(_ account: Account, at now: Date) throws -> Int {
        var written = 0
        try writeFiles(account, action: .indexRebuild, at: now) { change in
            change.bulk = true
            let derived = try deriveIndexes()
            let keep = Set(derived.markers.keys).union(derived.patientMonths.keys)
            for path in try existingIndexFiles() where !keep.contains(path) { change.remove(path) }
            for (path, marker) in derived.markers { try change.put(marker, at: path) }
            for (path, record) in derived.patientMonths { try change.put(record, at: path) }
            try change.put(IndexVersion(), at: StoreLayout.indexVersion)
            written = derived.markers.count + derived.patientMonths.count
            change.summary = "rebuilt the indexes: \(derived.markers.count) care-manager markers, \(derived.patientMonths.count) patient-month records"
        }
        return written
    }

    /// Compares the indexes with the records; returns one line per difference (empty when they agree).
    public func verifyIndexes() throws -> [String] {
        try read {
            guard try hasIndexes() else { return ["the indexes have not been built (any workstation or `tend audit reindex` builds them)"] }
            let derived = try deriveIndexes()
            var problems: [String] = []
            let existing = Set(try existingIndexFiles())
            for (path, marker) in derived.markers.sorted(by: { $0.key < $1.key }) {
                if !existing.contains(path) { problems.append("\(path) is missing (patient \(marker.patientId))") }
            }
            for (path, record) in derived.patientMonths.sorted(by: { $0.key < $1.key }) {
                if !existing.contains(path) {
                    problems.append("\(path) is missing")
                } else if try document(PatientMonthStaff.self, at: path).staff != record.staff {
                    problems.append("\(path) names \(try document(PatientMonthStaff.self, at: path).staff.joined(separator: ", ")) but the time files have \(record.staff.joined(separator: ", "))")
                }
            }
            let expected = Set(derived.markers.keys).union(derived.patientMonths.keys)
            for path in existing.subtracting(expected).sorted() { problems.append("\(path) should not exist") }
            return problems
        }
    }
}
