import Foundation
import TendDomain
import TendStore

extension Session {
    /// The audit trail's records, oldest first (`tend audit log`; supervisor or admin): only the
    /// records about `patient` (an id or MRN) when it is given, only the last `last` when it is.
    public func auditLog(patient reference: String? = nil, last: Int? = nil) throws -> [AuditRecord] {
        try require(.auditLog, doing: "reading the audit trail")
        if let last, last < 1 { throw DomainError("--last must be at least 1 (got \(last))") }
        let id = try reference.map { try resolvePatient($0).rawValue }
        let records = try store.auditRecords().filter { id == nil || $0.patient == id }
        return last.map { Array(records.suffix($0)) } ?? records
    }
}
