import Foundation
import TendDomain
import TendTerminal

/// The two identifier columns every supervisor table shows for a patient: the name and the date
/// of birth, which is never dropped at any width (the MRN column, where a table has one, is).
enum PatientCells {
    /// The patient column (flexible, never dropped).
    static func nameColumn(width: Int) -> TableColumn {
        TableColumn(title: "Patient", key: "patient", width: width, flexible: true)
    }

    /// The date-of-birth column (never dropped); filter with `dob:1944` or a date in ISO or US form.
    static let birthDateColumn = TableColumn(title: "DOB", key: "dob", width: 10)

    /// The name and date-of-birth cells of `patient`; its id (and an empty date) when it could not be read.
    static func cells(_ patient: Patient?, id: PatientID, labels: PatientLabel) -> [TableCell] {
        guard let patient else { return [.text("patient \(id)"), .text("")] }
        return [
            .text(labels.name(patient), sortKey: patient.name.sortKey + "\u{1}" + patient.id.rawValue),
            .text(patient.dateOfBirth.description),
        ]
    }
}
