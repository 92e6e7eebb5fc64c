import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend time review|void|correct`.
extension TimeCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a month's overlapping entries of one staff member, and its voided and corrected entries (supervisor or admin).")
        @OptionGroup var options: StoreOptions
        @Option(help: "YYYY-MM (default this month).") var month: String?
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let m = try month.map(Parse.month) ?? session.currentMonth
                let review = try session.timeReview(m)
                let zone = session.timeZone
                func span(_ e: TimeEntry) -> String {
                    "\(LocalDateTimeText.full(e.start, in: zone))-\(LocalDateTimeText.clockWithSeconds(e.end, in: zone))"
                }
                switch format {
                case .json:
                    struct Pair: Encodable { var staff: String; var first: EntryOutput; var second: EntryOutput; var overlapSeconds: Int }
                    struct Out: Encodable { var month: String; var overlaps: [Pair]; var voided: [EntryOutput]; var corrections: [EntryOutput] }
                    Console.out(try JSONOutput.string(Out(
                        month: m.description,
                        overlaps: review.overlaps.map { Pair(staff: $0.staff, first: EntryOutput($0.first), second: EntryOutput($0.second), overlapSeconds: $0.overlapSeconds) },
                        voided: review.voided.map(EntryOutput.init), corrections: review.corrections.map(EntryOutput.init))))
                case .table, .csv:
                    let patients = try PatientLabel.directory(review.overlaps.flatMap { [$0.first.patientId, $0.second.patientId] }
                                                              + review.voided.map(\.patientId), in: session)
                    func who(_ id: PatientID) -> String { patients[id].map(PatientLabel.nameAndBirthDate) ?? "" }
                    let table = TextTable(
                        header: ["staff", "entry", "patient", "name (DOB)", "span", "other entry", "other patient", "other name (DOB)", "other span", format == .csv ? "overlap min" : "overlap"],
                        rows: review.overlaps.map { o in
                            [o.staff, o.first.id.rawValue, o.first.patientId.rawValue, who(o.first.patientId), span(o.first),
                             o.second.id.rawValue, o.second.patientId.rawValue, who(o.second.patientId), span(o.second),
                             // People read a length ("5 min 30 s"); scripts keep decimal minutes.
                             format == .csv ? String(format: "%.1f", Double(o.overlapSeconds) / 60) : DurationText.format(o.overlapSeconds)]
                        })
                    if format == .csv { Console.out(table.csv); return }
                    Console.out(review.overlaps.isEmpty ? "no overlapping entries in \(m)" : "overlapping entries in \(m) (void or correct one of each pair):\n" + table.rendered())
                    for e in review.voided {
                        if case .voided(let reason, let by, _) = e.status {
                            Console.out(TextSafety.printable("voided \(e.id) (\(PatientLabel.full(e.patientId, from: patients))) \(e.staff) \(span(e)) by \(by): \(reason)", maxLength: 600))
                        }
                    }
                }
            }
        }
    }

    struct VoidEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void", abstract: "Void a time entry with a reason; it stays visible as voided. Your own entries, or anyone's as supervisor/admin.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The entry id (T…).") var entry: String
        @Option(help: "Why (required).") var reason: String
        @Flag(help: "The entry's month is closed: record an amendment (supervisor or admin).") var amend = false

        func run() throws {
            try Run.withSession(options) { session in
                let voided = try session.voidEntry(try EntryID.validate(entry), reason: reason, amend: amend)
                Console.warn("voided \(voided.id) (\(DurationText.format(voided.seconds)) for \(PatientLabel.full(voided.patientId, in: session)))")
            }
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a time entry's start and end (and note): the original is voided and points to the new entry.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The entry id (T…).") var entry: String
        @Option(help: "ISO-8601 instant.") var start: String
        @Option(help: "ISO-8601 instant.") var end: String
        @Option(help: "A new note (default: keep the note).") var note: String?
        @Option(help: "Why (required).") var reason: String
        @Flag(help: "A month concerned is closed: record an amendment (supervisor or admin).") var amend = false

        func run() throws {
            try Run.withSession(options) { session in
                let created = try session.correctEntry(try EntryID.validate(entry), start: try Parse.instant(start, option: "--start"),
                                                       end: try Parse.instant(end, option: "--end"), note: note, reason: reason, amend: amend)
                for e in created { Console.out(e.id.rawValue) }
                Console.warn("corrected \(entry.uppercased()): \(DurationText.format(created.reduce(0) { $0 + $1.seconds })) now"
                             + (created.first.map { " for \(PatientLabel.full($0.patientId, in: session))" } ?? ""))
            }
        }
    }
}
