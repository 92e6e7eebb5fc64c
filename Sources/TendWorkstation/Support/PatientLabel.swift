import Foundation
import TendDomain
import TendTerminal

/// How the workstation names a patient on screen: always with the date of birth (two
/// identifiers), the MRN where there is room (`PatientIdentity`).
///
/// On a terminal without UTF-8 a name with no Latin form (CJK, Arabic, ...) would be drawn as
/// question marks, and two such names could not be told apart: there the label leads with the
/// MRN (or the patient id when there is none), which is never cut off.
struct PatientLabel: Sendable {
    /// Whether the terminal shows ASCII only.
    let asciiOnly: Bool

    /// The name as drawn: `Family, Given`, or `[MRN M1] 高橋, 幸子` when the terminal cannot show it.
    func name(_ patient: Patient) -> String {
        guard needsIdentifier(patient) else { return patient.name.displayName }
        return "[\(identifier(patient))] \(patient.name.displayName)"
    }

    /// `Brown, Charles (DOB 1944-02-03)`: for places where the MRN does not fit.
    func nameAndBirthDate(_ patient: Patient) -> String {
        needsIdentifier(patient) ? full(patient) : patient.identity.nameAndBirthDate
    }

    /// `Brown, Charles (DOB 1944-02-03, MRN M0100142)`: for messages, dialogs and confirmations.
    func full(_ patient: Patient) -> String {
        let identity = patient.identity.full
        guard needsIdentifier(patient), patient.mrn?.isEmpty ?? true else { return identity }
        return "\(identity.dropLast()), id \(patient.id))"
    }

    /// The name cut to fit `width` columns so that the date of birth after it always shows:
    /// `Brown, Cha… 1944-02-03`.
    /// A name that needs its identifier keeps it whole (`[MRN J1] 高… 1940-01-01`).
    func fitted(_ patient: Patient, width: Int, ellipsis: String) -> String {
        let dob = " \(patient.dateOfBirth)"
        var room = width - DisplayWidth.width(of: dob)
        guard room > 0 else { return String(dob.dropFirst()) }
        var lead = ""
        var shown = patient.name.displayName
        if needsIdentifier(patient) {
            lead = "[\(identifier(patient))]"
            room -= DisplayWidth.width(of: lead) + 1
            guard room > DisplayWidth.width(of: ellipsis) else { return lead + dob }
            lead += " "
        }
        return lead + DisplayWidth.truncate(Sanitizer.singleLine.sanitize(shown), toWidth: room, ellipsis: ellipsis) + dob
    }

    /// `text` cut to `width` columns so that a patient's `(DOB …, MRN …)` in it survives: the
    /// words before it are cut instead (`Stop the stopwatch: Brown, Ch… (DOB 1944-02-03, MRN M1)`).
    /// Text without a date of birth, or too narrow for it, is cut at the end as usual.
    static func fit(_ text: String, width: Int, ellipsis: String) -> String {
        guard DisplayWidth.width(of: text) > width, let start = text.range(of: " (DOB ", options: .backwards)?.lowerBound else {
            return text
        }
        let kept = String(text[start...])
        let room = width - DisplayWidth.width(of: kept)
        guard room > DisplayWidth.width(of: ellipsis) + 3 else { return text }
        return DisplayWidth.truncate(String(text[..<start]), toWidth: room, ellipsis: ellipsis) + kept
    }

    /// Whether the name cannot be drawn on this terminal and needs an identifier beside it.
    func needsIdentifier(_ patient: Patient) -> Bool {
        asciiOnly && !Transliteration.hasASCIIForm(patient.name.displayName)
    }

    /// `MRN M1`, or `id P1234567` when no MRN is recorded.
    func identifier(_ patient: Patient) -> String {
        if let mrn = patient.mrn, !mrn.isEmpty { return "MRN \(mrn)" }
        return "id \(patient.id)"
    }
}

extension Workstation {
    /// How patients are named on this terminal.
    var labels: PatientLabel { PatientLabel(asciiOnly: configuration.glyphs == .ascii) }
}

extension Workstation {
    /// The running stopwatch's patient with two identifiers, for messages (the id if unreadable).
    func timerPatientText(_ timer: RunningTimer) -> String {
        view?.timerPatient.map(labels.full) ?? "patient \(timer.patientId)"
    }
}

extension Workstation {
    /// Patient `id` with two identifiers and the MRN (`labels.full`), for dialogs and messages;
    /// `patient P1234567` when the record cannot be read.
    func patientText(_ id: PatientID) -> String {
        if let patient = detail?.patient, patient.id == id { return labels.full(patient) }
        return (try? session.patient(id)).map(labels.full) ?? "patient \(id)"
    }
}
