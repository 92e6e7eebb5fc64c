import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend eligibility ID`.
struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility", abstract: "Show whether a patient is eligible for CCM, with the reasons.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "Patient id or MRN.") var patient: String
    @Option var format: OutputFormat = .table

    func run() throws {
        try Run.withSession(options) { session in
            let p = try session.patient(try session.resolvePatient(patient))
            let result = session.eligibility(p)
            if format == .json {
                Console.out(try JSONOutput.string(result))
                return
            }
            Console.out("\(PatientLabel.full(p)): \(result.isEligible ? "eligible" : "not eligible")")
            for match in result.categories {
                Console.out("  \(match.category.label): \(match.codeTexts.joined(separator: ", "))")
            }
            let unlisted = result.notOnChronicList.map(\.rawValue) + (result.snomedNotOnChronicList ?? []).map { "SNOMED \($0)" }
            if !unlisted.isEmpty {
                Console.out("  not on the chronic list: \(unlisted.joined(separator: ", "))")
            }
            for reason in result.reasons { Console.out("  - \(reason)") }
        }
    }
}
