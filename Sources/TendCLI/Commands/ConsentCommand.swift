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
            abstract: "Record a consent conversation.",
            discussion: "All four disclosures are recorded as given unless a --no-… flag says otherwise; a consent counts only with all four and not declined.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "Date of the conversation, YYYY-MM-DD (default today).") var date: String?
        @Option(help: "verbal or written.") var method: String
        @Flag(help: "The patient declined CCM.") var declined = false
        @Flag(name: .customLong("no-availability"), help: "Not told that CCM is available.") var noAvailability = false
        @Flag(name: .customLong("no-cost-sharing"), help: "Not told that cost sharing applies.") var noCostSharing = false
        @Flag(name: .customLong("no-one-practitioner"), help: "Not told only one practitioner can bill CCM a month.") var noOnePractitioner = false
        @Flag(name: .customLong("no-stop-any-time"), help: "Not told they may stop at any time.") var noStopAnyTime = false

        func run() throws {
            try Run.withSession(options) { session in
                guard let method = ConsentMethod(rawValue: method) else { throw ValidationError("--method must be verbal or written") }
                var notGiven: Set<Disclosure> = []
                if noAvailability { notGiven.insert(.availability) }
                if noCostSharing { notGiven.insert(.costSharing) }
                if noOnePractitioner { notGiven.insert(.onePractitioner) }
                if noStopAnyTime { notGiven.insert(.stopAnyTime) }
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                let id = try session.resolvePatient(patient)
                let consent = try session.recordConsent(id, date: day, method: method, notGiven: notGiven, declined: declined)
                let who = PatientLabel.full(id, in: session)
                if consent.declined { Console.warn("recorded that \(who) declined CCM on \(day)") }
                else if consent.counts { Console.warn("recorded \(method.rawValue) consent of \(who) on \(day); patient enrolled") }
                else { Console.warn("recorded the consent conversation of \(who), but this consent does not count: missing \(consent.missingDisclosures.map(\.label).joined(separator: "; "))") }
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
}
