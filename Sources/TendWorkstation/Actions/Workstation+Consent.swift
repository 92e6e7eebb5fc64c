import Foundation
import TendDomain
import TendServices

extension Workstation {
    /// The consent form: date (today by default), method, the four disclosures, declined.
    func openConsentForm() {
        guard let row = selectedRow else { return }
        var fields: [FormField] = [
            .text(.date, label: "Date", field: LineField(session.today.description, maxLength: 10)),
            .choice(.method, label: "Method", options: ConsentMethod.allCases.map(\.rawValue), selected: 0),
        ]
        for disclosure in Disclosure.allCases {
            fields.append(.check(.disclosure(disclosure), label: "Told \(disclosure.namedLabel)", checked: false))
        }
        fields.append(.check(.declined, label: "The patient declined CCM", checked: false))
        let form = Form(title: "Record consent: \(labels.full(row.patient))",
                        intro: ["Tick each disclosure the patient was told (Space); none is assumed.",
                                "Consent counts only with all four."],
                        fields: fields)
        openForm(form, .recordConsent(row.patient.id))
    }

    /// Checks the form and asks for confirmation before recording.
    func reviewConsent(_ form: Form, patient id: PatientID) {
        guard let date = try? LocalDate.parse(form.text(.date).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("The date must be YYYY-MM-DD.")
            return
        }
        let notGiven = Set(Disclosure.allCases.filter { !form.isChecked(.disclosure($0)) })
        let draft = ConsentDraft(date: date, method: ConsentMethod.allCases[form.selection(.method)],
                                 notGiven: notGiven, declined: form.isChecked(.declined))
        let name = patientText(id)
        var lines: [String]
        if draft.declined {
            lines = ["Record that \(name) declined CCM on \(date)?"]
        } else {
            lines = ["Record \(draft.method.rawValue) consent of \(name) dated \(date)?"]
            if notGiven.isEmpty {
                lines.append("All four disclosures told: the consent counts.")
            } else {
                lines.append("Not told: \(Disclosure.allCases.filter(notGiven.contains).map(\.rawValue).joined(separator: ", ")).")
                lines.append("Without them the consent does NOT count.")
            }
        }
        state.overlay = .confirm(Confirmation(lines: lines, action: .recordConsent(id, draft), back: .form(form, .recordConsent(id))))
    }

    /// Records a confirmed consent conversation.
    /// When the store refuses it, the form comes back as it was filled in, with the reason.
    func recordConsent(_ draft: ConsentDraft, patient id: PatientID, form: Overlay?) {
        guard let consent = attempt({
            try session.recordConsent(id, date: draft.date, method: draft.method, notGiven: draft.notGiven, declined: draft.declined)
        }) else {
            if let form { state.overlay = form }
            return
        }
        reload(keepSelection: true)
        state.message = consent.declined ? .info("Recorded the decline.")
            : consent.counts ? .success("Consent recorded; it counts from \(consent.date).")
            : .warning("Consent recorded without every disclosure: it does not count.")
    }

    /// Asks before recording a revocation dated today.
    func askRevoke() {
        guard let patient = detail?.patient else { return }
        state.overlay = .confirm(Confirmation(lines: [
            "Record that \(labels.full(patient)) revoked consent today (\(session.today))?",
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
