import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend consent …`.
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Record or revoke a patient's consent to CCM.",
        subcommands: [Record.self, Revoke.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a consent conversation, stating each of the four disclosures.",
            discussion: """
                State each disclosure the patient was given with --disclosed and each one not given with \
                --not-disclosed (comma-separated or repeated): \(ConsentCommand.disclosureNames). Nothing is \
                assumed: a record that does not state all four is refused. A consent counts only with all \
                four given and not declined; one recorded with --not-disclosed is kept but does not count. \
                With --declined the disclosures may be left out.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "Date of the conversation, YYYY-MM-DD (default today).") var date: String?
        @Option(help: "verbal or written.") var method: String
        @Flag(help: "The patient declined CCM.") var declined = false
        @Option(help: "Disclosures given, comma-separated: \(ConsentCommand.disclosureNames).") var disclosed: [String] = []
        @Option(name: .customLong("not-disclosed"), help: "Disclosures NOT given (the consent then does not count).") var notDisclosed: [String] = []

        func validate() throws {
            let given = try ConsentCommand.disclosures(disclosed, option: "--disclosed")
            let notGiven = try ConsentCommand.disclosures(notDisclosed, option: "--not-disclosed")
            let both = Disclosure.allCases.filter { given.contains($0) && notGiven.contains($0) }
            if !both.isEmpty {
                throw ValidationError("\(both.map(\.rawValue).joined(separator: ", ")) cannot be both --disclosed and --not-disclosed")
            }
            let unstated = Disclosure.allCases.filter { !given.contains($0) && !notGiven.contains($0) }
            if !declined && !unstated.isEmpty {
                throw ValidationError("""
                    state each of the four disclosures; not stated: \(unstated.map(\.rawValue).joined(separator: ", ")). \
                    Give --disclosed \(Disclosure.allCases.map(\.rawValue).joined(separator: ",")) when the patient was told all four \
                    (\(Disclosure.allCases.map(\.namedLabel).joined(separator: "; "))), and --not-disclosed for any not given
                    """)
            }
        }

        func run() throws {
            try Run.withSession(options) { session in
                guard let method = ConsentMethod(rawValue: method) else { throw ValidationError("--method must be verbal or written") }
                let given = try ConsentCommand.disclosures(disclosed, option: "--disclosed")
                let notGiven = Set(Disclosure.allCases).subtracting(given)
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                let id = try session.resolvePatient(patient)
                let consent = try session.recordConsent(id, date: day, method: method, notGiven: notGiven, declined: declined)
                let who = PatientLabel.full(id, in: session)
                if consent.declined { Console.warn("recorded that \(who) declined CCM on \(day)") }
                else if consent.counts { Console.warn("recorded \(method.rawValue) consent of \(who) on \(day) with all four disclosures; patient enrolled") }
                else { Console.warn("recorded the consent conversation of \(who), but this consent does not count: not disclosed: \(consent.missingDisclosures.map(\.label).joined(separator: "; "))") }
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a revocation (effective at the end of that month).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "YYYY-MM-DD (default today).") var date: String?

        func run() throws {
            try Run.withSession(options) { session in
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                let id = try session.resolvePatient(patient)
                try session.revokeConsent(id, date: day)
                Console.warn("recorded the revocation of \(PatientLabel.full(id, in: session)) on \(day): \(day.yearMonth) stays billable, later months are not")
            }
        }
    }

    /// The disclosure names as the options take them.
    static let disclosureNames = Disclosure.allCases.map(\.rawValue).joined(separator: ", ")

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
