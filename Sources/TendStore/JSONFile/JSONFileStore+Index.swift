import Foundation
import TendDomain

extension JSONFileStore {
    /// Whether this store's indexes exist in the current format.
    public func hasIndexes() throws -> Bool {
        try optionalDocument(IndexVersion.self, at: StoreLayout.indexVersion)?.version == IndexVersion.current
    }

    /// The patients whose care manager is `login`, from the index.
    public func patientIDs(careManager login: String) throws -> [PatientID] {
        try list(StoreLayout.careManagerDirectory(login))
            .filter { $0.hasSuffix(".json") }
            .map { try PatientID.validate(String($0.dropLast(5))) }
    }

    /// Several patients by id, decoded in parallel batches.
    public func patients(_ ids: [PatientID]) throws -> [Patient] {
        try documents(Patient.self, at: ids.map { StoreLayout.patient($0.rawValue) })
    }

    /// The staff members with time for a patient in a month, from the index.
    func patientMonthStaff(_ id: PatientID, month: YearMonth) throws -> PatientMonthStaff {
        try optionalDocument(PatientMonthStaff.self, at: StoreLayout.patientMonthStaff(month: month, patient: id))
            ?? PatientMonthStaff(patientId: id, month: month, staff: [])
    }

    /// The month's time entries of some patients only (voided ones included): reads the index of
    /// each patient, then only the month files of the staff members it names.
    public func timeEntries(month: YearMonth, patients ids: [PatientID]) throws -> [TimeEntry] {
        let wanted = Set(ids)
        let indexes = try documents(PatientMonthStaff.self, at: try existingIndexPaths(month: month, ids: ids))
        let logins = Set(indexes.flatMap(\.staff)).sorted()
        let logs = try documents(StaffMonthLog.self, at: logins.map { StoreLayout.time(month: month.description, staff: $0) })
        return logs.flatMap(\.entries).filter { wanted.contains($0.patientId) }
    }

    private func existingIndexPaths(month: YearMonth, ids: [PatientID]) throws -> [String] {
        let present = Set(try list("index/patient-month/\(month)"))
        return ids.filter { present.contains("\($0.rawValue).json") }
            .map { StoreLayout.patientMonthStaff(month: month, patient: $0) }
    }
}
