import ArgumentParser
import Foundation
import TendDomain
import TendServices

extension ExportCommand {
    /// `tend export fhir`.
    struct Fhir: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fhir",
            abstract: "Write patients, problems, care plans, goals, consents and closed months' claims as FHIR R4 NDJSON (supervisor or admin).",
            discussion: """
                Bulk Data layout in DIR: Patient.ndjson, Condition.ndjson, CarePlan.ndjson, Goal.ndjson, \
                Consent.ndjson, ChargeItem.ndjson, DocumentReference.ndjson (a type with nothing to write has no \
                file) and manifest.json listing them with counts. DIR must be new, empty, or an earlier tend \
                export (which is replaced). --since keeps the patients whose record or care plan changed on or \
                after that day and the months closed or amended since. A billable patient-month without an \
                MBI or NPI is left out and named on stderr (exit status 1). See docs/fhir.md.
                """)
        @OptionGroup var options: StoreOptions
        @Option(name: .customLong("out"), help: "The directory to write (new, empty, or an earlier tend export).") var directory: String
        @Option(help: "Only this patient (id or MRN); repeat for several.") var patient: [String] = []
        @Option(help: "Only what changed on or after this day (YYYY-MM-DD, the practice's time zone).") var since: String?
        @Option(help: "Only this closed month's claims (YYYY-MM); default every closed month.") var month: String?
        @Option(help: "The URI of the EHR's MRN system, written on MRN identifiers.") var mrnSystem: String = FHIRExportRequest.defaultMRNSystem
        @Option(help: "text or json.") var format: SummaryFormat = .text

        enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func validate() throws {
            let scheme = mrnSystem.prefix { $0 != ":" }
            guard mrnSystem.count <= 300, scheme.count < mrnSystem.count, !scheme.isEmpty,
                  scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }),
                  mrnSystem.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
                throw ValidationError("--mrn-system: '\(mrnSystem)' is not an absolute URI (e.g. urn:oid:1.2.840.114350 or https://ehr.example.org/mrn)")
            }
        }

        func run() throws {
            try Run.withSession(options) { session in
                let request = FHIRExportRequest(
                    directory: directory, patients: try patient.map { try session.resolvePatient($0) },
                    since: try since.map { try Parse.date($0, option: "--since") }, month: try month.map(Parse.month),
                    mrnSystem: mrnSystem)
                let result = try session.exportFHIR(request)
                let labels = try PatientLabel.directory(result.problems.map(\.problem.patientId), in: session)
                switch format {
                case .json: Console.out(try JSONOutput.string(FHIRExportJSON(result)))
                case .text:
                    Console.out("wrote \(TextSafety.printable(result.directory, maxLength: 300)): \(result.patients) \(result.patients == 1 ? "patient" : "patients"), "
                        + (result.months.isEmpty ? "no closed month" : "months " + result.months.map(\.description).joined(separator: " ")))
                    for item in result.counts { Console.out("  \(item.resourceType): \(item.count)") }
                }
                guard result.problems.isEmpty else {
                    for p in result.problems {
                        Console.error("\(p.month) \(PatientLabel.full(p.problem.patientId, from: labels)): claims not exported: \(p.problem.message)")
                    }
                    throw ExitCode(1)
                }
            }
        }
    }
}

/// `tend export fhir --format json`: the summary of what was written.
struct FHIRExportJSON: Encodable {
    struct Count: Encodable { var resourceType: String; var count: Int }
    struct Problem: Encodable { var month: String; var patientId: String; var name: String; var message: String }
    var directory: String
    var patients: Int
    var months: [String]
    var resources: [Count]
    var notExported: [Problem]

    init(_ r: FHIRExportResult) {
        directory = r.directory
        patients = r.patients
        months = r.months.map(\.description)
        resources = r.counts.map { Count(resourceType: $0.resourceType, count: $0.count) }
        notExported = r.problems.map {
            Problem(month: $0.month.description, patientId: $0.problem.patientId.rawValue, name: $0.problem.name, message: $0.problem.message)
        }
    }
}
