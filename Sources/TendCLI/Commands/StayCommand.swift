import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend stay …`: hospital and SNF stays and the care transition (TCM) after each discharge.
struct StayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stay", abstract: "Record inpatient stays and their care transitions (TCM).",
        subcommands: [Add.self, List.self, Contact.self, Visit.self, Close.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a hospital or SNF stay once the patient is discharged.",
            discussion: """
                Time logged on the stay's days (admission and discharge days included) stops counting \
                toward CCM and PCM and is shown as 'inpatient'. The discharge opens a care transition: \
                interactive contact within 2 business days, face-to-face visit within 7 or 14 days.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "Admission date, YYYY-MM-DD.") var admit: String
        @Option(help: "Discharge date, YYYY-MM-DD (not after today).") var discharge: String
        @Option(help: "hospital or snf.") var kind: String
        @Option(help: "Facility name.") var facility: String?

        func run() throws {
            try Run.withSession(options) { session in
                guard let kind = StayKind(rawValue: kind.lowercased()) else { throw ValidationError("--kind must be hospital or snf") }
                let draft = StayDraft(kind: kind, admit: try Parse.date(admit, option: "--admit"),
                                      discharge: try Parse.date(discharge, option: "--discharge"), facility: facility)
                let id = try session.resolvePatient(patient)
                let stay = try session.addStay(id, draft)
                let status = try session.stays(id).transitions.first { $0.stay.id == stay.id }
                Console.out(stay.id)
                Console.warn("recorded the \(stay.kind.label) stay \(stay.id) of \(PatientLabel.full(id, in: session)) from \(stay.admit) to \(stay.discharge)"
                             + (status?.openDeadline.map { "; \($0.reason)" } ?? status.map { "; \($0.detail)" } ?? ""))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a patient's stays with their transitions' deadlines and state.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option var format: PlanCommand.ShowFormat = .text

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let found = try session.stays(id)
                if format == .json {
                    Console.out(try JSONOutput.string(found.transitions.map { TransitionRecord($0) }))
                    return
                }
                Console.out(PatientLabel.full(found.patient))
                if found.transitions.isEmpty { Console.out("no stays recorded"); return }
                for status in found.transitions { Console.out(StayCommand.text(status)) }
            }
        }
    }

    struct Contact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the transition's interactive contact with the patient or caregiver.",
            discussion: "With --entry, the time entry documenting the contact counts toward TCM only, never also toward CCM or PCM.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "Stay id (tend stay list).") var stay: String
        @Option(help: "Date of the contact, YYYY-MM-DD (default today).") var date: String?
        @Option(help: "The time entry documenting the contact (same patient and date).") var entry: String?

        func run() throws {
            try Run.withSession(options) { session in
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                let entryID = try entry.map { text -> EntryID in
                    do { return try EntryID.validate(text) } catch { throw ValidationError("--entry: \(error)") }
                }
                let id = try session.resolvePatient(patient)
                let status = try session.recordTransitionContact(id, stay: stay, date: day, entry: entryID)
                Console.warn("recorded the TCM contact of \(PatientLabel.full(id, in: session)) on \(day): \(StayCommand.outcome(status))")
            }
        }
    }

    struct Visit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the transition's face-to-face visit and its decision-making complexity.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "Stay id (tend stay list).") var stay: String
        @Option(help: "Date of the visit, YYYY-MM-DD (default today).") var date: String?
        @Option(help: "moderate or high.") var complexity: String
        @Option(help: "Login of the practitioner who saw the patient (default: you when a practitioner, else the billing practitioner).") var practitioner: String?

        func run() throws {
            try Run.withSession(options) { session in
                guard let level = DecisionComplexity(rawValue: complexity.lowercased()) else {
                    throw ValidationError("--complexity must be moderate or high")
                }
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                let id = try session.resolvePatient(patient)
                let status = try session.recordTransitionVisit(id, stay: stay, date: day, complexity: level, practitioner: practitioner)
                Console.warn("recorded the TCM visit of \(PatientLabel.full(id, in: session)) on \(day): \(StayCommand.outcome(status))")
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a transition without TCM (readmitted, died, declined, moved).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "Stay id (tend stay list).") var stay: String
        @Option(help: "Why, one line.") var reason: String

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                try session.closeTransition(id, stay: stay, reason: reason)
                Console.warn("closed the transition of \(PatientLabel.full(id, in: session)) for stay \(stay.uppercased())")
            }
        }
    }

    /// `TCM 99496 earned (…)`, `contact due; TCM contact due Tue 8 Dec`, …
    static func outcome(_ status: TransitionStatus) -> String {
        "\(status.state); \(status.openDeadline?.reason ?? status.detail)"
    }

    /// The text block of one transition.
    static func text(_ status: TransitionStatus) -> String {
        let stay = status.stay, d = status.deadlines
        var lines = ["\(stay.id)  \(stay.kind.label) \(stay.admit) to \(stay.discharge)"
                     + (stay.facility.map { ", \(TextSafety.printable($0))" } ?? "") + "  [\(stay.source ?? "manual")]"]
        lines.append("  contact: \(step(status.contact)) (deadline \(d.contact), 2 business days)")
        lines.append("  visit:   \(step(status.visit)) (99496 by \(d.highVisit), 99495 by \(d.moderateVisit))"
                     + (stay.transition.complexity.map { ", \($0.rawValue) complexity" } ?? "")
                     + (stay.transition.practitioner.map { ", \($0)" } ?? ""))
        lines.append("  period:  \(d.discharge) to \(d.periodEnd)")
        lines.append("  state:   \(outcome(status))")
        return lines.joined(separator: "\n")
    }

    private static func step(_ step: TransitionStep) -> String {
        switch step {
        case .due(let by): return "due by \(by)"
        case .overdue(let was): return "OVERDUE (was due by \(was))"
        case .made(let on, let inTime): return "made \(on)" + (inTime ? "" : " (late)")
        }
    }
}
