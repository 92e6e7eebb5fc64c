import Foundation
import TendDomain
import TendStore

/// Compares the columns the PostgreSQL store derives from each record (a patient's MRN, care
/// manager, date of birth and enrollment; a time entry's staff, month, patient, time range and
/// state) with the record itself: one line per difference.
struct IndexCheck {
    let store: PostgresStore

    func differences() throws -> [String] {
        var lines: [String] = []
        for row in try store.run("SELECT id, coalesce(mrn, ''), coalesce(care_manager, ''), birth_date::text, ever_enrolled, doc::text FROM patients ORDER BY id") {
            let (id, mrn, manager, birth, enrolled, text) = try row.decode((String, String, String, String, Bool, String).self)
            let patient = try StoreRecordDecoding.decode(Patient.self, from: Data(text.utf8), name: "patients/\(id)")
            if patient.id.rawValue != id { lines.append("patient row \(id) holds the record of \(patient.id)") }
            if (patient.mrn ?? "") != mrn { lines.append("patient \(id): MRN column '\(mrn)' but the record says '\(patient.mrn ?? "")'") }
            if (patient.careManager ?? "") != manager {
                lines.append("patient \(id): care manager column '\(manager)' but the record says '\(patient.careManager ?? "")'")
            }
            if patient.dateOfBirth.description != birth { lines.append("patient \(id): date of birth column \(birth) but the record says \(patient.dateOfBirth)") }
            if PatientColumns.everEnrolled(json: text) != enrolled { lines.append("patient \(id): enrollment column does not match the record") }
        }
        let rows = try store.run("""
            SELECT id, staff, month, patient_id, extract(epoch FROM lower(during))::float8, extract(epoch FROM upper(during))::float8,
                   isempty(during), active, doc::text FROM time_entries ORDER BY id
            """)
        let zone = store.settings.zone
        for row in rows {
            let (id, staff, month, patientID, lower, upper, empty, active, text) = try row.decode(
                (String, String, String, String, Double?, Double?, Bool, Bool, String).self)
            let entry = try StoreRecordDecoding.decode(TimeEntry.self, from: Data(text.utf8), name: "time_entries/\(id)")
            var wrong: [String] = []
            if entry.id.rawValue != id { wrong.append("id") }
            if entry.staff != staff { wrong.append("staff") }
            if LocalDate(entry.start, in: zone).yearMonth.description != month { wrong.append("month") }
            if entry.patientId.rawValue != patientID { wrong.append("patient") }
            if entry.isVoided == active { wrong.append("state") }
            let span = entry.end.timeIntervalSince1970 - entry.start.timeIntervalSince1970
            if !(empty && span <= 0) {
                if abs((lower ?? .nan) - entry.start.timeIntervalSince1970) > 0.001 || abs((upper ?? .nan) - entry.end.timeIntervalSince1970) > 0.001 {
                    wrong.append("time range")
                }
            }
            if !wrong.isEmpty { lines.append("time entry \(id): \(wrong.joined(separator: ", ")) column(s) do not match the record") }
        }
        return lines
    }
}
