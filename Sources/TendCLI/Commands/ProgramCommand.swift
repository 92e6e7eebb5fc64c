import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend program …`: a patient's care-management program (CCM, PCM, APCM) by month.
struct ProgramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program", abstract: "Enroll a patient in CCM, PCM or APCM from a month on, and show the history.",
        subcommands: [SetProgram.self, Show.self])

    struct SetProgram: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Enroll a patient in a program (ccm, pcm or apcm) from a month on.",
            discussion: """
                One program applies to each patient-month: the change holds from --from (default the current \
                month in the practice's time zone) until a later change. PCM needs --condition, a chronic \
                condition on the patient's problem list; CCM and APCM take none. A change that would reach a \
                closed month is refused; a change to the program already in force writes nothing; a second \
                change for the same month replaces the first (the audit trail keeps both). Practitioner, \
                supervisor or admin. The patient needs a consent to the new program before its months bill.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "ccm, pcm or apcm.") var program: String
        @Option(help: "First month of the program, YYYY-MM (default the current month).") var from: String?
        @Option(help: "PCM only: the one high-risk chronic condition (ICD-10-CM) it manages.") var condition: String?
        @Option(help: "Why the program changes (one line, audited).") var reason: String?

        func run() throws {
            try Run.withSession(options) { session in
                let chosen: CareProgram
                do { chosen = try CareProgram.parse(program) } catch { throw ValidationError("\(error)") }
                let month = try from.map { text -> YearMonth in
                    do { return try YearMonth.parse(text) } catch { throw ValidationError("--from: \(error)") }
                } ?? session.currentMonth
                let code = try condition.map { text -> ICD10Code in
                    do { return try ICD10Code(validating: text) } catch { throw ValidationError("--condition: \(error)") }
                }
                let id = try session.resolvePatient(patient)
                let outcome = try session.setProgram(id, ProgramChangeRequest(program: chosen, from: month, condition: code, reason: reason))
                let who = PatientLabel.full(id, in: session)
                switch outcome {
                case .alreadyInForce(let entry):
                    let since = entry.by.isEmpty ? "every patient is CCM until enrolled elsewhere" : "since \(entry.from)"
                    Console.warn("\(who) is already in \(entry.shortLabel) for \(month) (\(since)); nothing was written")
                case .changed(let entry, let replaced):
                    var text = "enrolled \(who) in \(entry.shortLabel) from \(entry.from)"
                    if let replaced { text += "; replaces the \(replaced.shortLabel) entry for \(replaced.from)" }
                    Console.warn(text)
                    let status = ConsentStatus.evaluate(for: try session.patient(id), month: max(month, session.currentMonth), program: entry.program)
                    if status.counting == nil {
                        Console.warn("no \(entry.program.name) consent on file: record one before its months can bill (tend consent record \(id) --program \(entry.program.rawValue) ...)")
                    }
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a patient's program history, this month's program, its consent and what stops the month from billing.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let overview = try session.programOverview(try session.resolvePatient(patient))
                let out = ProgramOutput(overview)
                switch format {
                case .json: Console.out(try JSONOutput.string(out))
                case .table, .csv:
                    var rows: [[String]] = [
                        ["patient", PatientLabel.full(overview.patient)],
                        ["month", out.month],
                        ["program", "\(overview.enrollment.shortLabel) (\(overview.enrollment.program.label))"],
                        ["consent", out.consent],
                        ["can bill", out.blockers.isEmpty ? "yes" : "no"],
                    ]
                    for gate in overview.blockers { rows.append(["missing", "\(gate.rawValue): \(gate.explanation(for: overview.enrollment.program))"]) }
                    if overview.history.isEmpty {
                        rows.append(["history", "none: CCM throughout"])
                    }
                    for entry in out.history {
                        rows.append(["from \(entry.from)", [entry.program.uppercased() + (entry.condition.map { " \($0)" } ?? ""),
                                                            "by \(entry.by) at \(entry.recordedAt)",
                                                            entry.reason.map { "reason: \($0)" }].compactMap { $0 }.joined(separator: ", ")])
                    }
                    let table = TextTable(header: ["field", "value"], rows: rows)
                    Console.out(format == .csv ? table.csv : table.rendered(maxColumnWidth: 120))
                }
            }
        }
    }
}

/// `tend program show --format json`.
struct ProgramOutput: Encodable {
    struct Entry: Encodable {
        var program: String
        var from: String
        var condition: String?
        var by: String
        var recordedAt: String
        var reason: String?
    }
    var id: String
    var name: String
    var dateOfBirth: String
    var month: String
    var program: String
    var condition: String?
    /// A one-line summary of the consent on file for the month's program.
    var consent: String
    var consentCounts: Bool
    var blockers: [String]
    var history: [Entry]

    init(_ o: ProgramOverview) {
        id = o.patient.id.rawValue
        name = o.patient.name.displayName
        dateOfBirth = o.patient.dateOfBirth.description
        month = o.month.description
        program = o.enrollment.program.rawValue
        condition = o.enrollment.condition?.rawValue
        consent = ConsentText.named(o.patient, program: o.enrollment.program)
        consentCounts = o.consent.allowsBilling
        blockers = o.blockers.map(\.rawValue)
        history = o.history.map {
            Entry(program: $0.program.rawValue, from: $0.from.description, condition: $0.condition?.rawValue,
                  by: $0.by, recordedAt: Instants.iso($0.recordedAt), reason: $0.reason)
        }
    }
}
