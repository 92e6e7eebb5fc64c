import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend import ...`: records brought in from other systems.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import records from the practice's EHR.",
        subcommands: [FHIR.self])

    struct FHIR: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fhir",
            abstract: "Import patients, problems, visits and stays from FHIR R4 files (Bundles or Bulk Data NDJSON).",
            discussion: """
            PATH: files, or directories searched recursively for .json and .ndjson files. Patients are \
            matched by MRN (identifier of type MR), then by MBI; the EHR's demographics, problems, visits \
            and stays are written, never consent, care plan, time or calls. A patient with the same name \
            and date of birth as one recorded, without a matching identifier, is reported, not merged. A \
            file that is not JSON or not FHIR is refused by its path and line and nothing from it is used; \
            the others still import and the exit status is 1. Re-importing the same files changes nothing \
            and says so. See docs/fhir.md.
            """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "FHIR files or directories.") var paths: [String]
        @Flag(name: .customLong("dry-run"), help: "Say what would change; write nothing.") var dryRun = false
        @Option(help: "table (a summary) or json.") var format: OutputFormat = .table

        func run() throws {
            var refused = false
            try Run.withSession(options) { session in
                let result = try session.importFHIR(paths: paths, dryRun: dryRun)
                refused = result.anyRefused
                if format == .json { Console.out(try JSONOutput.string(result)) } else { Console.out(FHIRImportText.summary(result)) }
                for file in result.files where file.refused != nil {
                    Console.warn("\(file.path): refused, nothing from it was imported: \(file.refused!)")
                }
            }
            if refused { throw ExitCode(1) }
        }
    }
}

/// The words of a FHIR import's summary.
enum FHIRImportText {
    static func summary(_ r: FHIRImportResult) -> String {
        var lines: [String] = []
        let verb = r.dryRun ? "would be " : ""
        for file in r.files {
            if let refused = file.refused { lines.append("\(file.path): REFUSED (\(refused))"); continue }
            let read = file.read.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            let skipped = file.skipped.values.reduce(0, +)
            lines.append("\(file.path): read \(read.isEmpty ? "nothing tend uses" : read)"
                         + (skipped > 0 ? "; skipped \(skipped) (\(file.skipped.sorted { $0.value > $1.value }.prefix(4).map { "\($0.value) \($0.key)" }.joined(separator: ", "))\(file.skipped.count > 4 ? ", ..." : ""))" : "")
                         + "; patients \(file.created) created, \(file.updated) updated, \(file.unchanged) unchanged")
        }
        if r.nothingChanged {
            lines.append("Nothing to change: the store already holds what these files say (\(r.unchanged) patient(s) matched).")
        } else {
            lines.append("Patients: \(r.created.count) \(verb)created, \(r.updated.count) \(verb)updated, \(r.unchanged) unchanged. "
                         + "Problems +\(r.problemsAdded) -\(r.problemsRemoved), visits +\(r.visitsAdded), stays +\(r.staysAdded) (\(r.staysChanged) changed).")
        }
        for change in r.created + r.updated {
            let kind = r.created.contains { $0.patient == change.patient } ? "created" : "updated"
            lines.append("  \(change.patient) \(change.name) (born \(change.dateOfBirth)) \(verb)\(kind): \(change.changes.joined(separator: ", "))")
        }
        if !r.forAPersonToDecide.isEmpty {
            lines.append("For a person to decide (not imported):")
            lines += r.forAPersonToDecide.map { "  \($0)" }
        }
        if !r.notImported.isEmpty {
            lines.append("Patients not imported:")
            lines += r.notImported.map { "  \($0)" }
        }
        if !r.notes.isEmpty {
            lines.append("Reported, not stored:")
            lines += r.notes.map { "  \($0)" }
        }
        if !r.unlinked.isEmpty {
            lines.append("Not linked to a patient of this import (\(r.unlinked.count)):")
            lines += r.unlinked.prefix(20).map { "  \($0)" }
            if r.unlinked.count > 20 { lines.append("  ... and \(r.unlinked.count - 20) more (--format json lists them all)") }
        }
        if !r.conditionsNotCounted.isEmpty {
            lines.append("Conditions not on a problem list: " + r.conditionsNotCounted.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: "; "))
        }
        if !r.encountersIgnored.isEmpty {
            lines.append("Encounters not used: " + r.encountersIgnored.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }
}
