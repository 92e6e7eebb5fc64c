import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend month close|reopen|checklist|not-billed`.
extension MonthCommand {
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a month (supervisor): refused while a patient-month reaches a code but fails a gate.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "YYYY-MM.") var month: String

        func run() throws {
            try Run.withSession(options) { session in
                let m = try Parse.month(month)
                try session.closeMonth(m)
                Console.warn("closed \(m); later changes to its entries or flags are amendments (--amend --reason)")
            }
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a closed month (admin), with a reason; audited.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "YYYY-MM.") var month: String
        @Option(help: "Why the month is reopened (required).") var reason: String

        func run() throws {
            try Run.withSession(options) { session in
                let m = try Parse.month(month)
                try session.reopenMonth(m, reason: reason)
                Console.warn("reopened \(m)")
            }
        }
    }

    struct NotBilled: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "not-billed",
            abstract: "Mark a patient-month not billed, with a reason (supervisor); --clear removes the mark.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "YYYY-MM.") var month: String
        @Option(help: "Why it is not billed (required unless --clear).") var reason: String?
        @Flag(help: "Remove the mark instead.") var clear = false

        func validate() throws {
            if !clear && reason == nil { throw ValidationError("give --reason TEXT (or --clear)") }
        }

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let m = try Parse.month(month)
                try session.markNotBilled(id, month: m, reason: clear ? nil : reason)
                let who = PatientLabel.full(id, in: session)
                Console.warn(clear ? "cleared the not-billed mark of \(who) for \(m)" : "marked \(who) not billed for \(m)")
            }
        }
    }

    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The pre-claim checklist: every gate with its evidence, per patient (supervisor, admin, practitioner).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "YYYY-MM.") var month: String
        @Argument(help: "Patient id or MRN (default: every patient of the month).") var patient: String?
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let m = try Parse.month(month)
                let id = try patient.map { try session.resolvePatient($0) }
                let view = try session.monthChecklist(m, patient: id)
                switch format {
                case .json: Console.out(try JSONOutput.string(ChecklistJSON(view)))
                case .csv:
                    let rows = view.patients.flatMap { p in
                        p.checklist.items.map { [p.patient.id.rawValue, p.patient.name.displayName, p.patient.dateOfBirth.description,
                                                 p.patient.mrn ?? "", p.checklist.disposition.rawValue,
                                                 $0.gate.rawValue, $0.passed ? "pass" : "fail", $0.evidence] }
                    }
                    Console.out(TextTable(header: ["id", "name", "dob", "mrn", "disposition", "gate", "result", "evidence"], rows: rows).csv)
                case .table: Console.out(ChecklistText.render(view))
                }
            }
        }
    }
}

/// The checklist as text: a header with the month's state, then each patient's gates.
enum ChecklistText {
    static func render(_ view: MonthChecklistView) -> String {
        var out = [MonthStateText.line(view.close)]
        for p in view.patients {
            let c = p.checklist
            let codes = c.result.recommended.map { " \($0.description) \(Money.format($0.payment))" } ?? ""
            out.append("")
            out.append("\(PatientLabel.full(p.patient)): \(c.disposition.rawValue)\(codes)")
            if let mark = c.notBilled { out.append("  not billed by \(mark.by): \(TextSafety.printable(mark.reason))") }
            for item in c.items {
                out.append("  \(item.passed ? "pass" : "FAIL") \(item.gate.rawValue): \(TextSafety.printable(item.evidence, maxLength: 400))")
            }
            for a in p.amendments { out.append("  " + MonthStateText.amendment(a, patients: [p.patient.id: p.patient])) }
        }
        let blocked = view.blocked
        out.append("")
        out.append(blocked.isEmpty ? "nothing blocks the close of \(view.month)"
                   : (["\(blocked.count) patient-month(s) block the close:"] + blocked.map { "  " + PatientLabel.full($0.patient) }).joined(separator: "\n"))
        return out.joined(separator: "\n")
    }
}

/// One-line texts about a month's close state and its amendments, shared by every command
/// that shows a month.
enum MonthStateText {
    static func line(_ close: MonthClose) -> String {
        guard let event = close.lastClose else {
            return "\(close.month): open" + (close.amendments.isEmpty ? "" : " (reopened; \(close.amendments.count) amendment(s) made while closed)")
        }
        return "\(close.month): closed by \(event.by) at \(Instants.iso(event.at))"
            + (close.amendments.isEmpty ? "" : ", \(close.amendments.count) amendment(s) since")
    }

    /// The state line, not-billed decisions and amendments, for the end of a month's report;
    /// `patients` names the patients (by name and date of birth) where it holds them.
    static func footer(_ close: MonthClose, patients: [PatientID: Patient] = [:]) -> String {
        var out = ["", line(close)]
        out += close.notBilled.map {
            TextSafety.printable("not billed \(PatientLabel.full($0.patientId, from: patients)) by \($0.by): \($0.reason)", maxLength: 600)
        }
        out += close.amendments.map { amendment($0, patients: patients) }
        return out.joined(separator: "\n")
    }

    static func amendment(_ a: MonthAmendment, patients: [PatientID: Patient] = [:]) -> String {
        TextSafety.printable("amendment #\(a.number) \(Instants.iso(a.at)) by \(a.by) (\(a.action), \(PatientLabel.full(a.patientId, from: patients))): \(a.summary); reason: \(a.reason)", maxLength: 600)
    }
}

/// `tend month checklist --format json`.
struct ChecklistJSON: Encodable {
    struct Item: Encodable { var gate: String; var passed: Bool; var evidence: String }
    struct Patient: Encodable {
        var id: String
        var name: String
        var dateOfBirth: String
        var mrn: String?
        var disposition: String
        var codes: [String]
        var payment: Decimal
        var notBilled: String?
        var gates: [Item]
        var amendments: [Int]
    }
    var month: String
    var state: String
    var patients: [Patient]
    var blocking: [String]

    init(_ view: MonthChecklistView) {
        month = view.month.description
        state = view.close.state.rawValue
        patients = view.patients.map { p in
            let r = p.checklist.result
            return Patient(id: p.patient.id.rawValue, name: p.patient.name.displayName, dateOfBirth: p.patient.dateOfBirth.description,
                           mrn: p.patient.mrn, disposition: p.checklist.disposition.rawValue,
                           codes: (r.recommended?.lines ?? []).map(\.description), payment: r.recommended?.payment ?? 0,
                           notBilled: p.checklist.notBilled?.reason,
                           gates: p.checklist.items.map { Item(gate: $0.gate.rawValue, passed: $0.passed, evidence: $0.evidence) },
                           amendments: p.amendments.map(\.number))
        }
        blocking = view.blocked.map(\.patient.id.rawValue)
    }
}
