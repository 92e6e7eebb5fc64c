import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend consent …`.
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Record, revoke or show a patient's consent to CCM, PCM or APCM.",
        subcommands: [Record.self, Revoke.self, Show.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a consent conversation for a program, stating each of its disclosures.",
            discussion: """
                --program names the program the consent is for: ccm (default), pcm or apcm. State each \
                disclosure the patient was given with --disclosed and each one not given with --not-disclosed \
                (comma-separated or repeated). CCM and PCM ask four: \(ConsentCommand.disclosureList(for: .ccm)); \
                APCM asks three: \(ConsentCommand.disclosureList(for: .apcm)). Nothing is assumed: a record that \
                does not state each of its program's disclosures is refused. A consent counts only with all of \
                them given and not declined, and only for its own program (a CCM consent does not let an APCM \
                month bill); one recorded with --not-disclosed is kept but does not count. With --declined the \
                disclosures may be left out.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "The program consented to: ccm (default), pcm or apcm.") var program: String = "ccm"
        @Option(help: "Date of the conversation, YYYY-MM-DD (default today).") var date: String?
        @Option(help: "verbal or written.") var method: String
        @Flag(help: "The patient declined the program.") var declined = false
        @Option(help: "Disclosures given, comma-separated: \(ConsentCommand.disclosureList(for: .ccm)) (APCM: \(ConsentCommand.disclosureList(for: .apcm))).") var disclosed: [String] = []
        @Option(name: .customLong("not-disclosed"), help: "Disclosures NOT given (the consent then does not count).") var notDisclosed: [String] = []

        func validate() throws {
            let chosen = try ConsentCommand.program(program)
            let required = Disclosure.required(for: chosen)
            let given = try ConsentCommand.disclosures(disclosed, option: "--disclosed")
            let notGiven = try ConsentCommand.disclosures(notDisclosed, option: "--not-disclosed")
            let foreign = Disclosure.allCases.filter { (given.contains($0) || notGiven.contains($0)) && !required.contains($0) }
            if !foreign.isEmpty {
                throw ValidationError("\(foreign.map(\.rawValue).joined(separator: ", ")) is not asked for a\(chosen == .apcm ? "n" : "") \(chosen.name) consent; its disclosures are \(ConsentCommand.disclosureList(for: chosen))")
            }
            let both = required.filter { given.contains($0) && notGiven.contains($0) }
            if !both.isEmpty {
                throw ValidationError("\(both.map(\.rawValue).joined(separator: ", ")) cannot be both --disclosed and --not-disclosed")
            }
            let unstated = required.filter { !given.contains($0) && !notGiven.contains($0) }
            if !declined && !unstated.isEmpty {
                let count = required.count == 4 ? "four" : "three"
                throw ValidationError("""
                    state each of the \(count) \(chosen.name) disclosures; not stated: \(unstated.map(\.rawValue).joined(separator: ", ")). \
                    Give --disclosed \(required.map(\.rawValue).joined(separator: ",")) when the patient was told all \(count) \
                    (\(required.map { $0.namedLabel(for: chosen) }.joined(separator: "; "))), and --not-disclosed for any not given
                    """)
            }
        }

        func run() throws {
            try Run.withSession(options) { session in
                guard let method = ConsentMethod(rawValue: method) else { throw ValidationError("--method must be verbal or written") }
                let chosen = try ConsentCommand.program(program)
                let given = try ConsentCommand.disclosures(disclosed, option: "--disclosed")
                let notGiven = Set(Disclosure.required(for: chosen)).subtracting(given)
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                let id = try session.resolvePatient(patient)
                let consent = try session.recordConsent(id, date: day, method: method, notGiven: notGiven, declined: declined, program: chosen)
                let who = PatientLabel.full(id, in: session)
                let name = chosen.name
                if consent.declined { Console.warn("recorded that \(who) declined \(name) on \(day)") }
                else if consent.counts { Console.warn("recorded \(method.rawValue) \(name) consent of \(who) on \(day) with all \(Disclosure.required(for: chosen).count == 4 ? "four" : "three") disclosures; patient enrolled") }
                else { Console.warn("recorded the \(name) consent conversation of \(who), but this consent does not count: not disclosed: \(consent.missingDisclosures.map { $0.label(for: chosen) }.joined(separator: "; "))") }
                if let current = try? session.patient(id).program(in: session.currentMonth), current != chosen {
                    Console.warn("note: the program of \(session.currentMonth) is \(current.name); this \(name) consent counts only for months enrolled in \(name) (tend program set \(id) \(chosen.rawValue))")
                }
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a revocation (effective at the end of that month).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "YYYY-MM-DD (default today).") var date: String?
        @Option(help: "The program whose consent is revoked: ccm, pcm or apcm (default: the program of the revocation's month).") var program: String?

        func run() throws {
            try Run.withSession(options) { session in
                let chosen = try program.map(ConsentCommand.program)
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                let id = try session.resolvePatient(patient)
                let consent = try session.revokeConsent(id, date: day, program: chosen)
                Console.warn("recorded the revocation of the \(consent.program.name) consent of \(PatientLabel.full(id, in: session)) on \(day): \(day.yearMonth) stays billable, later months are not")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a patient's consent records, newest first, each with its program.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let p = try session.patient(try session.resolvePatient(patient))
                let month = session.currentMonth
                let program = p.program(in: month)
                let status = ConsentStatus.evaluate(for: p, month: month)
                let records = p.consents.reversed().map(ConsentOutput.init)
                switch format {
                case .json:
                    Console.out(try JSONOutput.string(ConsentShowOutput(
                        id: p.id.rawValue, name: p.name.displayName, dateOfBirth: p.dateOfBirth.description,
                        month: month.description, program: program.rawValue, counts: status.allowsBilling, consents: records)))
                case .table, .csv:
                    let table = TextTable(
                        header: ["program", "date", "method", "status", "disclosures given", "billing practitioner", "obtained by"],
                        rows: records.map { [$0.program.uppercased(), $0.date, $0.method, $0.status,
                                             $0.disclosuresGiven.joined(separator: ","), $0.billingPractitioner ?? "", $0.obtainedBy] })
                    if format == .csv { Console.out(table.csv); return }
                    Console.out("\(PatientLabel.full(p)): program of \(month) \(program.name); "
                                + "consent \(status.allowsBilling ? "counts" : "does not count") (\(ConsentText.named(p, program: program)))")
                    if !records.isEmpty { Console.out(table.rendered()) }
                }
            }
        }
    }

    /// Parses --program.
    static func program(_ text: String) throws -> CareProgram {
        do { return try CareProgram.parse(text) } catch { throw ValidationError("--program: \(error)") }
    }

    /// The disclosure names of a program's consent, as the options take them.
    static func disclosureList(for program: CareProgram) -> String {
        Disclosure.required(for: program).map(\.rawValue).joined(separator: ", ")
    }

    /// The disclosure names as the options take them.
    static let disclosureNames = disclosureList(for: .ccm)

    /// Parses repeated, comma-separated disclosure names.
    static func disclosures(_ values: [String], option: String) throws -> Set<Disclosure> {
        var result: Set<Disclosure> = []
        for item in values.flatMap({ $0.split(separator: ",") }) {
            let name = item.trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty else { continue }
            guard let disclosure = Disclosure(rawValue: name) else {
                throw ValidationError("\(option): '\(name)' is not a disclosure; use \(disclosureNames)")
            }
            result.insert(disclosure)
        }
        return result
    }
}

/// `tend consent show --format json`: one consent record.
struct ConsentOutput: Encodable {
    var program: String
    var date: String
    var method: String
    /// counts, incomplete, declined or revoked YYYY-MM-DD.
    var status: String
    var disclosuresGiven: [String]
    var missingDisclosures: [String]
    var billingPractitioner: String?
    var obtainedBy: String
    var recordedAt: String

    init(_ c: Consent) {
        program = c.program.rawValue
        date = c.date.description
        method = c.method.rawValue
        status = c.declined ? "declined" : c.revokedOn.map { "revoked \($0)" } ?? (c.counts ? "counts" : "incomplete")
        disclosuresGiven = c.disclosuresGiven.sorted().map(\.rawValue)
        missingDisclosures = c.missingDisclosures.map(\.rawValue)
        billingPractitioner = c.billingPractitioner
        obtainedBy = c.obtainedBy
        recordedAt = Instants.iso(c.recordedAt)
    }
}

/// `tend consent show --format json`.
struct ConsentShowOutput: Encodable {
    var id: String
    var name: String
    var dateOfBirth: String
    var month: String
    /// The program of the month.
    var program: String
    /// Whether a consent for it lets the month bill.
    var counts: Bool
    var consents: [ConsentOutput]
}
