import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend patient …`.
struct PatientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patient", abstract: "Add, import, list, show and update patients.",
        subcommands: [Add.self, Import.self, List.self, Show.self, Update.self, Reassign.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a patient; prints only the new id on stdout.")
        @OptionGroup var options: StoreOptions
        @Option(help: "\"Family, Given\".") var name: String
        @Option(help: "Date of birth, YYYY-MM-DD.") var dob: String
        @Option var mrn: String?
        @Option(help: "Medicare Beneficiary Identifier.") var mbi: String?
        @Option var phone: String?
        @Option(help: "ICD-10-CM code (repeatable).") var condition: [String] = []
        @Option(name: .customLong("care-manager"), help: "Login of the designated care manager.") var careManager: String?
        @Option(name: .customLong("billing-practitioner"), help: "Login of the billing practitioner.") var billingPractitioner: String?
        @Option(name: .customLong("last-visit"), help: "YYYY-MM-DD[:AWV|IPPE|EM] (default kind EM).") var lastVisit: String?
        @Option var language: String?
        @Option(name: .customLong("call-window"), help: "Preferred call days and hours, e.g. \"mon-fri 9-12\".") var callWindow: String?
        @Option(name: .customLong("different-person"),
                help: "When a patient with the same name and date of birth exists: the reason this is a different person (audited).")
        var differentPerson: String?

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.addPatient(PatientDraft(
                    name: name, dateOfBirth: dob, mrn: mrn, mbi: mbi, phone: phone, conditions: condition,
                    careManager: careManager, billingPractitioner: billingPractitioner, lastVisit: lastVisit,
                    language: language, callWindow: callWindow, differentPerson: differentPerson))
                Console.out(id.rawValue)
                Console.warn("added \(PatientLabel.full(id, in: session))")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import patients from CSV (all or nothing unless --skip-invalid).",
            discussion: "Columns (header row, any order): \(PatientImportColumns.all.joined(separator: ", ")). conditions holds ICD-10-CM codes separated by ';' or spaces. A row with the name and date of birth of another patient (in the store or the file) is refused unless its different_person column gives the reason it is a different person (audited). See docs/cli.md.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The CSV file.") var file: String
        @Flag(name: .customLong("skip-invalid"), help: "Import the valid rows and report the others.") var skipInvalid = false

        func run() throws {
            try Run.withSession(options) { session in
                guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
                guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(file) is not UTF-8 text") }
                let outcome = try session.importPatients(csv: text, skipInvalid: skipInvalid)
                for (_, id) in outcome.created { Console.out(id.rawValue) }
                for (line, reason) in outcome.refused { Console.warn("line \(line) skipped: \(TextSafety.printable(reason, maxLength: 500))") }
                Console.warn("imported \(outcome.created.count) patient(s)" + (outcome.refused.isEmpty ? "" : ", skipped \(outcome.refused.count)"))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List patients.",
            discussion: "--search keeps the patients every word of TEXT matches: the name ignoring case and accents (lefevre finds Lefèvre), the MRN, MBI or id, the date of birth (1944-02-03, 02/03/1944 or 2/3/1944) or the phone's digits.")
        @OptionGroup var options: StoreOptions
        @Option var format: OutputFormat = .table
        @Option(help: "Only patients this text finds (name, MRN, date of birth, phone; see below).") var search: String?

        func run() throws {
            try Run.withSession(options) { session in
                let patients = try search.map(session.findPatients) ?? session.patients()
                let out = patients.map { PatientOutput($0, eligibility: session.eligibility($0)) }
                switch format {
                case .json: Console.out(try JSONOutput.string(out))
                case .table, .csv:
                    let table = TextTable(
                        header: ["id", "name", "dob", "mrn", "conditions", "eligible", "enrollment", "consent", "care manager"],
                        rows: out.map { [$0.id, $0.name, $0.dateOfBirth, $0.mrn ?? "", $0.problemCell,
                                         $0.eligible ? "yes" : "no", $0.enrollment, $0.consent, $0.careManager ?? ""] })
                    Console.out(format == .csv ? table.csv : table.rendered())
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one patient (by id or MRN).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let p = try session.patient(try session.resolvePatient(patient))
                let out = PatientOutput(p, eligibility: session.eligibility(p))
                switch format {
                case .json: Console.out(try JSONOutput.string(out))
                case .table, .csv:
                    let rows: [[String]] = [
                        ["id", out.id], ["name", out.name], ["date of birth", "\(out.dateOfBirth) (age \(p.age(on: session.today)))"],
                        ["MRN", out.mrn ?? ""], ["MBI", out.mbi ?? ""], ["phone", out.phone ?? ""],
                        ["language", out.language ?? ""], ["call window", p.callWindow?.description ?? ""],
                        ["conditions", out.problemCell],
                        ["eligible", EligibilityText.oneLine(session.eligibility(p))],
                        ["care manager", out.careManager ?? ""], ["billing practitioner", out.billingPractitioner ?? ""],
                        ["last visit", out.lastVisit ?? "none"], ["enrollment", out.enrollment], ["consent", out.consent],
                        ["care plan", p.plan.establishedOn.map { "established \($0)" } ?? "not established"],
                        ["plan shared", out.carePlanSharedOn.last ?? "never"],
                        ["plan missing", out.carePlanMissing.joined(separator: " ")],
                    ]
                    let table = TextTable(header: ["field", "value"], rows: rows)
                    Console.out(format == .csv ? table.csv : table.rendered(maxColumnWidth: 120))
                }
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a patient's record.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(name: .customLong("care-manager")) var careManager: String?
        @Option(name: .customLong("billing-practitioner"), help: "A change requires a new consent.") var billingPractitioner: String?
        @Option var phone: String?
        @Option var mbi: String?
        @Option(name: .customLong("add-condition")) var addCondition: [String] = []
        @Option(name: .customLong("remove-condition")) var removeCondition: [String] = []
        @Option(help: "Record a qualifying visit, YYYY-MM-DD[:AWV|IPPE|EM].") var visit: String?
        @Option(name: .customLong("call-window")) var callWindow: String?
        @Option var language: String?
        @Option(help: "Corrected name, \"Family, Given\".") var name: String?
        @Option(help: "Corrected date of birth, YYYY-MM-DD.") var dob: String?
        @Option(name: .customLong("different-person"),
                help: "When the corrected name and date of birth are another patient's: the reason this is a different person (audited).")
        var differentPerson: String?
        @Option(name: .customLong("expect-version"), parsing: .unconditional, help: "Refuse if the record changed since this version.") var expectVersion: Int?

        func validate() throws {
            try NumericOption.check(expectVersion, "--expect-version", in: NumericOption.patientVersion)
        }

        func run() throws {
            try Run.withSession(options) { session in
                var update = Session.PatientUpdate()
                update.careManager = careManager
                update.billingPractitioner = billingPractitioner
                update.phone = phone
                update.mbi = mbi
                update.addConditions = addCondition
                update.removeConditions = removeCondition
                update.visit = visit
                update.callWindow = callWindow
                update.language = language
                update.name = name
                update.dateOfBirth = dob
                update.differentPerson = differentPerson
                let p = try session.updatePatient(try session.resolvePatient(patient), update, expectedVersion: expectVersion)
                Console.warn("updated \(p.id), \(p.identity.full) (version \(p.version))")
            }
        }
    }
}

/// Eligibility as text.
enum EligibilityText {
    static func oneLine(_ e: EligibilityResult) -> String {
        (e.isEligible ? "yes" : "no") + " (" + e.categories.map { "\($0.category.label): \($0.codeTexts.joined(separator: " "))" }.joined(separator: "; ") + ")"
    }
}
