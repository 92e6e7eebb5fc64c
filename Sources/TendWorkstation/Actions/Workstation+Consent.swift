import Foundation
import TendDomain
import TendServices

extension Workstation {
    /// The consent form for the patient's program of the current month: date (today by
    /// default), method, that program's disclosures (`Disclosure.required(for:)`), declined.
    func openConsentForm() {
        guard let row = selectedRow else { return }
        let program = consentProgram(of: row.patient)
        let required = Disclosure.required(for: program)
        var fields: [FormField] = [
            .text(.date, label: "Date", field: LineField(session.today.description, maxLength: 10)),
            .choice(.method, label: "Method", options: ConsentMethod.allCases.map(\.rawValue), selected: 0),
        ]
        for disclosure in required {
            fields.append(.check(.disclosure(disclosure), label: "Told \(disclosure.namedLabel(for: program))", checked: false))
        }
        fields.append(.check(.declined, label: "The patient declined \(program.name)", checked: false))
        let form = Form(title: "Record \(program.name) consent: \(labels.full(row.patient))",
                        intro: ["Tick each disclosure the patient was told (Space); none is assumed.",
                                "Consent counts only with all \(required.count == 4 ? "four" : "three")."],
                        fields: fields)
        openForm(form, .recordConsent(row.patient.id))
    }

    /// The program a consent recorded now is for: the patient's program of the current month.
    func consentProgram(of patient: Patient) -> CareProgram {
        let current = detail?.patient.id == patient.id ? detail?.patient ?? patient : patient
        return current.program(in: session.currentMonth)
    }

    /// The disclosures a consent form asks (its checkboxes).
    static func disclosures(in form: Form) -> [Disclosure] {
        form.fields.compactMap { field in
            if case .disclosure(let disclosure) = field.id { return disclosure }
            return nil
        }
    }

    /// Checks the form and asks for confirmation before recording.
    func reviewConsent(_ form: Form, patient id: PatientID) {
        guard let date = try? LocalDate.parse(form.text(.date).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("The date must be YYYY-MM-DD.")
            return
        }
        guard let patient = (detail?.patient.id == id ? detail?.patient : nil) ?? (try? session.patient(id)) else {
            state.message = .error("The patient's record cannot be read; the form stays open.")
            return
        }
        let program = consentProgram(of: patient)
        let required = Disclosure.required(for: program)
        // The program may have changed while the form was open: its disclosures would then differ.
        guard Self.disclosures(in: form) == required else {
            state.message = .error("The program of \(session.currentMonth) is now \(program.name); close this form (Esc) and open it again to ask its disclosures.")
            return
        }
        let notGiven = Set(required.filter { !form.isChecked(.disclosure($0)) })
        let draft = ConsentDraft(date: date, method: ConsentMethod.allCases[form.selection(.method)],
                                 notGiven: notGiven, declined: form.isChecked(.declined), program: program)
        let name = patientText(id)
        var lines: [String]
        if draft.declined {
            lines = ["Record that \(name) declined \(program.name) on \(date)?"]
        } else {
            lines = ["Record \(draft.method.rawValue) \(program.name) consent of \(name) dated \(date)?"]
            if notGiven.isEmpty {
                lines.append("All \(required.count == 4 ? "four" : "three") disclosures told: the consent counts.")
            } else {
                lines.append("Not told: \(required.filter(notGiven.contains).map(\.rawValue).joined(separator: ", ")).")
                lines.append("Without them the consent does NOT count.")
            }
        }
        state.overlay = .confirm(Confirmation(lines: lines, action: .recordConsent(id, draft), back: .form(form, .recordConsent(id))))
    }

    /// Records a confirmed consent conversation.
    /// When the store refuses it, the form comes back as it was filled in, with the reason.
    func recordConsent(_ draft: ConsentDraft, patient id: PatientID, form: Overlay?) {
        guard let consent = attempt({
            try session.recordConsent(id, date: draft.date, method: draft.method, notGiven: draft.notGiven, declined: draft.declined,
                                      program: draft.program)
        }) else {
            if let form { state.overlay = form }
            return
        }
        reload(keepSelection: true)
        state.message = consent.declined ? .info("Recorded the decline.")
            : consent.counts ? .success("\(consent.program.name) consent recorded; it counts from \(consent.date).")
            : .warning("Consent recorded without every disclosure: it does not count.")
    }

    /// Asks before recording a revocation dated today.
    func askRevoke() {
        guard let patient = detail?.patient else { return }
        state.overlay = .confirm(Confirmation(lines: [
            "Record that \(labels.full(patient)) revoked \(consentProgram(of: patient).name) consent today (\(session.today))?",
            "\(session.today.yearMonth) stays billable; later months are not.",
        ], action: .revokeConsent(patient.id)))
    }

    /// Records a confirmed revocation.
    func revokeConsent(_ id: PatientID) {
        guard attempt({ try session.revokeConsent(id, date: session.today) }) != nil else { return }
        reload(keepSelection: true)
        state.message = .info("Revocation recorded; billable through \(session.today.yearMonth).")
    }
}
