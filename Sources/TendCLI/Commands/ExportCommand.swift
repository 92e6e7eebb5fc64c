import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend export …`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export claims for billing, or records as FHIR R4 for the EHR.",
        subcommands: [Claims.self, Fhir.self])

    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One line per billed code of a closed month (supervisor or admin).",
            discussion: """
                Columns: \(ClaimsCSV.header.joined(separator: ", ")). The date of service is the last day of \
                the month. Only a closed month exports unless --draft. A billable patient-month without an \
                MBI, a billing practitioner or a valid NPI is left out and named on stderr (exit status 1). \
                The output depends only on the store: sorted, with no time of the export run in it.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "YYYY-MM.") var month: String
        @Option(help: "csv or json.") var format: OutputFormat = .csv
        @Flag(help: "Export a month that is not closed yet (marked draft).") var draft = false

        func run() throws {
            try Run.withSession(options) { session in
                let export = try session.claimsExport(try Parse.month(month), draft: draft)
                let patients = try PatientLabel.directory(export.problems.map(\.patientId) + export.amendments.map(\.patientId), in: session)
                switch format {
                case .json: Console.out(try JSONOutput.string(ClaimsJSON(export, patients: patients)))
                case .csv, .table: Console.write(ClaimsCSV.render(export), to: .standardOutput)
                }
                if export.draft { Console.warn("draft: \(export.month) is not closed") }
                if let warning = export.pricingWarning { Console.warn("warning: " + warning) }
                for a in export.amendments {
                    Console.warn("amendment #\(a.number) to \(PatientLabel.full(a.patientId, from: patients)) by \(a.by): \(a.summary); reason: \(a.reason)")
                }
                guard export.problems.isEmpty else {
                    for p in export.problems { Console.error("\(PatientLabel.full(p.patientId, from: patients)): not exported: \(p.message)") }
                    throw ExitCode(1)
                }
            }
        }
    }
}

/// The claims CSV: RFC 4180, formulas neutralised, byte-stable.
enum ClaimsCSV {
    static let header = ["status", "month", "mrn", "mbi", "family", "given", "date_of_birth", "date_of_service", "cpt",
                         "units", "diagnoses", "billing_practitioner", "practitioner_name", "npi", "payment", "amendments", "fee_status"]

    static func render(_ export: ClaimsExport) -> String {
        let status = export.draft ? "draft" : "closed"
        let rows = export.lines.map { l in
            [status, l.month.description, l.mrn ?? "", l.mbi, l.family, l.given, l.dateOfBirth.description,
             l.dateOfService.description, l.code.rawValue, String(l.units), l.diagnoses.map(\.rawValue).joined(separator: " "),
             l.practitioner, l.practitionerName, l.npi,
             l.feeStatus == .notEntered ? "" : Money.roundedToCents(l.payment).description,
             l.amendments.map(String.init).joined(separator: " "), l.feeStatus.rawValue]
        }
        return TextTable(header: header, rows: rows).csv
    }
}

/// `tend export claims --format json`.
struct ClaimsJSON: Encodable {
    struct Line: Encodable {
        var mrn: String?
        var mbi: String
        var family: String
        var given: String
        var dateOfBirth: String
        var dateOfService: String
        var cpt: String
        var units: Int
        var diagnoses: [String]
        var billingPractitioner: String
        var practitionerName: String
        var npi: String
        /// Null when the code has no amount entered.
        var payment: Decimal?
        var amendments: [Int]
        var patientId: String
        /// `confirmed`, `unconfirmed` or `not-entered`.
        var feeStatus: String

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(mrn, forKey: .mrn)
            try c.encode(mbi, forKey: .mbi)
            try c.encode(family, forKey: .family)
            try c.encode(given, forKey: .given)
            try c.encode(dateOfBirth, forKey: .dateOfBirth)
            try c.encode(dateOfService, forKey: .dateOfService)
            try c.encode(cpt, forKey: .cpt)
            try c.encode(units, forKey: .units)
            try c.encode(diagnoses, forKey: .diagnoses)
            try c.encode(billingPractitioner, forKey: .billingPractitioner)
            try c.encode(practitionerName, forKey: .practitionerName)
            try c.encode(npi, forKey: .npi)
            try c.encode(payment, forKey: .payment)
            try c.encode(amendments, forKey: .amendments)
            try c.encode(patientId, forKey: .patientId)
            try c.encode(feeStatus, forKey: .feeStatus)
        }
        enum CodingKeys: String, CodingKey {
            case mrn, mbi, family, given, dateOfBirth, dateOfService, cpt, units, diagnoses, billingPractitioner,
                 practitionerName, npi, payment, amendments, patientId, feeStatus
        }
    }
    struct Problem: Encodable { var patientId: String; var name: String; var dateOfBirth: String?; var message: String }
    var month: String
    var status: String
    var practice: String
    var feeSchedule: String
    var lines: [Line]
    var payment: Decimal
    var notExported: [Problem]
    var amendments: [AmendmentOutput]
    /// `unpriced` with its message when the month's year has no schedule or a line's fee is not confirmed.
    var warnings: [ReportOutput.ReportWarning]

    init(_ e: ClaimsExport, patients: [PatientID: Patient] = [:]) {
        month = e.month.description
        status = e.draft ? "draft" : "closed"
        practice = e.practice
        feeSchedule = e.feeSchedule
        lines = e.lines.map {
            Line(mrn: $0.mrn, mbi: $0.mbi, family: $0.family, given: $0.given, dateOfBirth: $0.dateOfBirth.description,
                 dateOfService: $0.dateOfService.description, cpt: $0.code.rawValue, units: $0.units,
                 diagnoses: $0.diagnoses.map(\.rawValue), billingPractitioner: $0.practitioner,
                 practitionerName: $0.practitionerName, npi: $0.npi,
                 payment: $0.feeStatus == .notEntered ? nil : Money.roundedToCents($0.payment),
                 amendments: $0.amendments, patientId: $0.patientId.rawValue, feeStatus: $0.feeStatus.rawValue)
        }
        payment = Money.roundedToCents(e.payment)
        notExported = e.problems.map {
            Problem(patientId: $0.patientId.rawValue, name: $0.name, dateOfBirth: patients[$0.patientId]?.dateOfBirth.description, message: $0.message)
        }
        amendments = e.amendments.map(AmendmentOutput.init)
        warnings = e.pricingWarning.map { [ReportOutput.ReportWarning(id: "unpriced", message: $0)] } ?? []
    }
}
