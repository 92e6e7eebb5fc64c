import Foundation
import TendDomain
import TendServices

extension Workstation {
    /// The stay dialog: admission and discharge dates, hospital or SNF, facility.
    func openStayForm() {
        guard let row = selectedRow else { return }
        let form = Form(title: "Record a stay: \(labels.full(row.patient))",
                        intro: ["A stay is recorded once the patient is discharged.",
                                "Time on its days stops counting toward CCM and PCM."],
                        fields: [
                            .text(.admit, label: "Admitted", field: LineField("", maxLength: 10)),
                            .text(.discharge, label: "Discharged", field: LineField(session.today.description, maxLength: 10)),
                            .choice(.kind, label: "Kind", options: StayKind.allCases.map(\.rawValue), selected: 0),
                            .text(.facility, label: "Facility", field: LineField("", maxLength: 200)),
                        ])
        openForm(form, .addStay(row.patient.id))
    }

    /// Records the stay; a refusal keeps the form as filled in, with the reason.
    func submitStay(_ form: Form, patient id: PatientID) {
        guard let admit = try? LocalDate.parse(form.text(.admit).trimmingCharacters(in: .whitespaces)),
              let discharge = try? LocalDate.parse(form.text(.discharge).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("Both dates must be YYYY-MM-DD.")
            return
        }
        let facility = form.text(.facility).trimmingCharacters(in: .whitespaces)
        let draft = StayDraft(kind: StayKind.allCases[form.selection(.kind)], admit: admit, discharge: discharge,
                              facility: facility.isEmpty ? nil : facility)
        guard let stay = attempt({ try session.addStay(id, draft) }) else { return }
        state.overlay = .none
        reload(keepSelection: true)
        let next = (try? session.stays(id))?.transitions.first { $0.stay.id == stay.id }
        state.message = .success("Stay recorded (\(stay.admit) to \(stay.discharge))"
                                 + (next.map { "; " + ($0.openDeadline?.reason ?? $0.detail) } ?? "") + ".")
    }

    /// The patient's transition that can still earn TCM, latest discharge first.
    func openTransition(of patient: Patient) -> TransitionStatus? {
        guard patient.stays?.isEmpty == false else { return nil }
        return TransitionRules.evaluate(patient, today: session.today).last { $0.outcome == .pending }
    }

    /// The transition dialog: contact or visit, its date, the visit's complexity and practitioner.
    func openTransitionForm() {
        guard let row = selectedRow else { return }
        guard let status = openTransition(of: row.patient) else {
            state.message = .info("No open care transition for \(labels.full(row.patient)); record a stay first.")
            return
        }
        let contactMade: Bool
        if case .made = status.contact { contactMade = true } else { contactMade = false }
        let form = Form(title: "Care transition: \(labels.full(row.patient))",
                        intro: ["Stay \(status.stay.id), discharged \(status.stay.discharge): \(status.state).",
                                "Contact by \(status.deadlines.contact); visit by \(status.deadlines.highVisit) (99496) or \(status.deadlines.moderateVisit) (99495).",
                                "Complexity and practitioner are the visit's; an empty practitioner is you (if a practitioner) or the billing practitioner."],
                        fields: [
                            .choice(.step, label: "Record", options: ["contact", "visit"], selected: contactMade ? 1 : 0),
                            .text(.date, label: "Date", field: LineField(session.today.description, maxLength: 10)),
                            .choice(.complexity, label: "Complexity", options: DecisionComplexity.allCases.map(\.rawValue), selected: 0),
                            .text(.practitioner, label: "Practitioner", field: LineField("", maxLength: 64)),
                        ])
        openForm(form, .recordTransition(row.patient.id, stay: status.stay.id))
    }

    /// Records the contact or the visit; a refusal keeps the form as filled in, with the reason.
    func submitTransition(_ form: Form, patient id: PatientID, stay: String) {
        guard let date = try? LocalDate.parse(form.text(.date).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("The date must be YYYY-MM-DD.")
            return
        }
        let practitioner = form.text(.practitioner).trimmingCharacters(in: .whitespaces)
        let status: TransitionStatus?
        if form.chosenOption(.step) == "visit" {
            status = attempt {
                try session.recordTransitionVisit(id, stay: stay, date: date,
                                                  complexity: DecisionComplexity.allCases[form.selection(.complexity)],
                                                  practitioner: practitioner.isEmpty ? nil : practitioner)
            }
        } else {
            status = attempt { try session.recordTransitionContact(id, stay: stay, date: date) }
        }
        guard let status else { return }
        state.overlay = .none
        reload(keepSelection: true)
        let text = "Recorded: \(status.state); \(status.openDeadline?.reason ?? status.detail)."
        if case .notEarned = status.outcome { state.message = .warning(text) } else { state.message = .success(text) }
    }
}
