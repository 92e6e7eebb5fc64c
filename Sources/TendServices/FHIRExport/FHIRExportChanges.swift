import Foundation
import TendDomain
import TendStore

/// What `--since` selects: the patients whose records changed on or after a day, read from the
/// audit trail (every change is there, with the files it put), and the closed months closed or
/// amended on or after it.
enum FHIRExportChanges {
    /// Patients whose record or care plan a change (not a denial) committed at or after `start`
    /// wrote (`patients/<ID>.json`, `plans/<ID>.json`, docs/store-format.md); a
    /// change to many patients at once lists each. A change that only logs time or a call
    /// names the patient too, but writes neither file: it changes nothing the export writes.
    static func patients(changedSince start: Date, in records: [AuditRecord]) -> Set<PatientID> {
        var ids: Set<PatientID> = []
        for record in records where record.outcome == .ok && record.at >= start {
            for op in record.ops {
                let parts = op.path.split(separator: "/")
                guard parts.count == 2, parts[0] == "patients" || parts[0] == "plans", parts[1].hasSuffix(".json") else { continue }
                if let id = try? PatientID.validate(String(parts[1].dropLast(5))) { ids.insert(id) }
            }
        }
        return ids
    }

    /// Whether a closed month was closed, or amended, at or after `start`.
    static func monthChanged(_ close: MonthClose, since start: Date) -> Bool {
        (close.lastClose?.at ?? .distantPast) >= start || close.amendments.contains { $0.at >= start }
    }
}
