import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend month …`: per patient-month flags.
struct MonthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "month", abstract: "Per patient-month facts (complexity, billing elsewhere) and month close.",
        subcommands: [Complex.self, BilledElsewhere.self, Checklist.self, NotBilled.self, Close.self, Reopen.self])

    /// `--amend --reason TEXT` for changes to a closed month (supervisor or admin).
    struct AmendOptions: ParsableArguments {
        @Flag(help: "The month is closed: record this change as an amendment (supervisor or admin).") var amend = false
        @Option(help: "Why the closed month is amended (required with --amend).") var reason: String?

        func validate() throws {
            if amend && reason == nil { throw ValidationError("--amend needs --reason TEXT") }
            if !amend && reason != nil { throw ValidationError("--reason goes with --amend") }
        }

        /// The amendment reason, when amending.
        var amendReason: String? { amend ? reason : nil }
    }

    struct Complex: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the practitioner's judgment that the patient-month is complex.",
            discussion: "Complex CCM (99487/99489) also needs moderate or high complexity decision-making and a care plan established or substantially revised that month: a practitioner's judgment. A practitioner records it; a supervisor may record it for one with --as.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "YYYY-MM.") var month: String
        @Option(name: .customLong("as"), help: "The practitioner whose judgment it is.") var asLogin: String?
        @Flag(help: "Clear the mark instead.") var clear = false
        @OptionGroup var amendment: AmendOptions

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let m = try Parse.month(month)
                try session.markComplex(id, month: m, practitioner: asLogin, complex: !clear, amendReason: amendment.amendReason)
                let who = PatientLabel.full(id, in: session)
                Console.warn(clear ? "cleared the complex mark of \(who) for \(m)" : "marked \(who) complex for \(m)")
            }
        }
    }

    struct BilledElsewhere: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "billed-elsewhere",
            abstract: "Record that another practitioner billed a care-management program (CCM, PCM or APCM) for the patient-month.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "YYYY-MM.") var month: String
        @Option(help: "Where or how it was learned.") var note: String?
        @Option(help: "The program the other practitioner billed: ccm, pcm or apcm (default ccm).") var program: String?
        @Flag(help: "Clear the mark instead.") var clear = false
        @OptionGroup var amendment: AmendOptions

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let m = try Parse.month(month)
                if clear, program != nil { throw ValidationError("--program is not used with --clear") }
                let other = try program.map(CareProgram.parse) ?? .ccm
                try session.markBilledElsewhere(id, month: m, note: note, billed: !clear, program: other,
                                                amendReason: amendment.amendReason)
                let who = PatientLabel.full(id, in: session)
                guard !clear else { Console.warn("cleared billed-elsewhere of \(who) for \(m)"); return }
                Console.warn("recorded that \(who) was billed \(other.name) elsewhere in \(m)")
                let ours = (try? session.patient(id))?.program(in: m) ?? .ccm
                switch ProgramExclusion.gate(ours: ours, theirs: other) {
                case .billedElsewhere?: Console.warn("\(m) is \(ours.name) here: not billed (only one practitioner bills \(ours.name) a month)")
                case .programExcluded?: Console.warn("\(m) is \(ours.name) here: not billed (\(other.name) elsewhere excludes \(ours.name))")
                default: Console.warn("\(m) is \(ours.name) here: still billable beside \(other.name) elsewhere")
                }
            }
        }
    }
}
