import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend time …`.
struct TimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time", abstract: "Log care-management time and run the stopwatch.",
        subcommands: [Log.self, Start.self, Stop.self, Pause.self, Resume.self, Discard.self, Status.self, List.self,
                      Review.self, VoidEntry.self, Correct.self])

    static let activities = Activity.allCases.map(\.rawValue).joined(separator: " ")

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log time spent for a patient (entered by hand).",
            discussion: """
                Give either --minutes (with --date for an earlier day; today's minutes take the latest \
                free stretch ending now or, when that overlaps your entries or running stopwatch, ending \
                where the latest of them starts; an earlier day's are placed after your other entries \
                that day from 09:00) or --start and --end as ISO-8601 instants. KIND: \
                \(TimeCommand.activities). Without --condition, the patient's conditions on the chronic \
                list are recorded as addressed. The same entry twice (same patient, staff member, day, \
                length, activity and note) is refused unless --separate says why it is separate work. \
                Time that will not count toward a claim is logged with a warning saying why.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(parsing: .unconditional, help: "1 to 1440.") var minutes: Int?
        @Option(help: "YYYY-MM-DD, with --minutes.") var date: String?
        @Option(help: "ISO-8601 instant, e.g. 2026-11-03T14:05:00Z.") var start: String?
        @Option(help: "ISO-8601 instant.") var end: String?
        @Option(help: "What was done.") var activity: String
        @Option(help: "What was done and said (required).") var note: String
        @Option(help: "ICD-10-CM code addressed (repeatable).") var condition: [String] = []
        @Option(help: "Why the time is entered by hand (recorded on the entry).") var reason: String?
        @Option(name: .customLong("as"), help: "Record for another staff member (supervisor or admin).") var asLogin: String?
        @Flag(help: "The month is closed: record the time as an amendment (supervisor or admin; --reason required).") var amend = false
        @Option(help: "It repeats an earlier entry but is a second, separate piece of work: why (audited).") var separate: String?

        func validate() throws {
            try NumericOption.check(minutes, "--minutes", in: NumericOption.minutes)
            switch (minutes, start, end) {
            case (.some, nil, nil): break
            case (nil, .some, .some): if date != nil { throw ValidationError("--date goes with --minutes, not with --start/--end") }
            default: throw ValidationError("give either --minutes N [--date D] or both --start and --end")
            }
            if amend && reason == nil { throw ValidationError("--amend needs --reason TEXT (the amendment's reason)") }
        }

        func run() throws {
            try Run.withSession(options) { session in
                let span: TimeRequest.Span
                if let minutes {
                    span = .minutes(minutes, on: try date.map { try Parse.date($0, option: "--date") })
                } else {
                    span = .interval(start: try Parse.instant(start!, option: "--start"), end: try Parse.instant(end!, option: "--end"))
                }
                let id = try session.resolvePatient(patient)
                let entries = try session.logTime(id, TimeRequest(span: span, activity: try Parse.activity(activity), note: note,
                                                                   conditions: condition, reason: reason, onBehalfOf: asLogin,
                                                                   separateReason: separate),
                                               amendReason: amend ? reason : nil)
                for entry in entries { Console.out(entry.id.rawValue) }
                let seconds = entries.reduce(0) { $0 + $1.seconds }
                var placed = ""
                if let first = entries.first, let last = entries.last {
                    let zone = session.timeZone
                    placed = " on \(LocalDateTimeText.full(first.start, in: zone))-\(LocalDateTimeText.clockWithSeconds(last.end, in: zone))"
                    if case .minutes(_, let day) = span, day == nil || day == session.today, last.end < session.now.truncatedToSecond {
                        placed += " (ends where your later time starts, so as not to overlap it)"
                    }
                }
                Console.warn("logged \(DurationText.format(seconds)) for \(PatientLabel.full(id, in: session))\(placed)" + (entries.count > 1 ? " (split at the month end into \(entries.count) entries)" : ""))
                CountingWarningText.print { CountingWarningText.lines(try session.countingVerdicts(for: entries, amendment: amend)) }
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start your stopwatch for a patient (persisted at once).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "What you are about to do.") var activity: String?

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let timer = try session.startTimer(id, activity: try activity.map(Parse.activity))
                Console.warn("stopwatch started for \(PatientLabel.full(id, in: session)) at \(LocalDateTimeText.clockWithSeconds(timer.startedAt, in: session.timeZone))")
                CountingWarningText.print { CountingWarningText.lines(beforeStart: try session.countingProblemsToday(for: id)) }
            }
        }
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop your stopwatch and log its time with a note.")
        @OptionGroup var options: StoreOptions
        @Option(help: "What was done and said (required).") var note: String?
        @Option(help: "What was done (default: the activity given at start).") var activity: String?
        @Option(help: "ICD-10-CM code addressed (repeatable).") var condition: [String] = []
        @Option(help: "It repeats an earlier entry but is a second, separate piece of work: why (audited).") var separate: String?

        func run() throws {
            try Run.withSession(options) { session in
                guard let note, !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw CLIError("a note is required: tend time stop --note \"...\" (the stopwatch keeps running)")
                }
                let entries = try session.stopTimer(activity: try activity.map(Parse.activity), note: note, conditions: condition,
                                                    separateReason: separate)
                for entry in entries { Console.out(entry.id.rawValue) }
                let seconds = entries.reduce(0) { $0 + $1.seconds }
                Console.warn("logged \(DurationText.format(seconds))" + (entries.first.map { " for \(PatientLabel.full($0.patientId, in: session))" } ?? ""))
                CountingWarningText.print { CountingWarningText.lines(try session.countingVerdicts(for: entries)) }
            }
        }
    }

    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pause your stopwatch.")
        @OptionGroup var options: StoreOptions
        func run() throws {
            try Run.withSession(options) { session in
                let timer = try session.pauseTimer(true)
                Console.warn("paused the stopwatch of \(PatientLabel.full(timer.patientId, in: session)) at \(DurationText.format(timer.elapsedSeconds(at: session.now)))")
            }
        }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Resume your stopwatch.")
        @OptionGroup var options: StoreOptions
        func run() throws {
            try Run.withSession(options) { session in
                let timer = try session.pauseTimer(false)
                Console.warn("resumed the stopwatch of \(PatientLabel.full(timer.patientId, in: session)) at \(DurationText.format(timer.elapsedSeconds(at: session.now)))")
            }
        }
    }

    struct Discard: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Throw your stopwatch away without logging (needs --yes).")
        @OptionGroup var options: StoreOptions
        @Flag(help: "Confirm that the running time is to be thrown away.") var yes = false
        func run() throws {
            try Run.withSession(options) { session in
                guard yes else { throw CLIError("this throws away the running time; repeat with --yes to confirm") }
                let timer = try session.discardTimer()
                Console.warn("discarded \(DurationText.format(timer.elapsedSeconds(at: session.now))) for \(PatientLabel.full(timer.patientId, in: session))")
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show your running stopwatch, if any.")
        @OptionGroup var options: StoreOptions
        @Option var format: OutputFormat = .table

        struct Output: Encodable {
            var running: Bool
            var patientId: String?
            var patient: String?
            var dateOfBirth: String?
            var mrn: String?
            var start: String?
            var elapsedSeconds: Int?
            var paused: Bool?
            var activity: String?
        }

        func run() throws {
            try Run.withSession(options) { session in
                guard let timer = try session.myTimer() else {
                    if format == .json { Console.out(try JSONOutput.string(Output(running: false))) }
                    else { Console.out("no stopwatch is running") }
                    return
                }
                let p = try session.patient(timer.patientId)
                let elapsed = timer.elapsedSeconds(at: session.now)
                if format == .json {
                    Console.out(try JSONOutput.string(Output(running: true, patientId: p.id.rawValue, patient: p.name.displayName,
                                                             dateOfBirth: p.dateOfBirth.description, mrn: p.mrn, start: Instants.iso(timer.startedAt), elapsedSeconds: elapsed,
                                                             paused: timer.isPaused, activity: timer.activity?.rawValue)))
                } else {
                    Console.out("stopwatch \(timer.isPaused ? "paused" : "running") for \(PatientLabel.full(p)) since \(LocalDateTimeText.fullWithZone(timer.startedAt, in: session.timeZone)), elapsed \(DurationText.format(elapsed))"
                                + (elapsed >= 3600 ? " — over an hour: was it forgotten?" : ""))
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List time entries of a month.")
        @OptionGroup var options: StoreOptions
        @Option(help: "Patient id or MRN.") var patient: String?
        @Option(help: "YYYY-MM (default this month).") var month: String?
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let m = try month.map(Parse.month) ?? session.currentMonth
                let id = try patient.map { try session.resolvePatient($0) }
                let entries = try session.entries(month: m, patient: id)
                switch format {
                case .json: Console.out(try JSONOutput.string(entries.map(EntryOutput.init)))
                case .table, .csv:
                    let zone = session.timeZone
                    let patients = try PatientLabel.directory(entries.map(\.patientId), in: session)
                    let table = TextTable(
                        header: ["id", "patient", "name", "dob", "staff", "start", "end", "minutes", "activity", "source", "conditions", "note"],
                        rows: entries.map { e in
                            [e.id.rawValue, e.patientId.rawValue, patients[e.patientId]?.name.displayName ?? "",
                             patients[e.patientId]?.dateOfBirth.description ?? "", e.staff, LocalDateTimeText.full(e.start, in: zone),
                             LocalDateTimeText.clockWithSeconds(e.end, in: zone),
                             // People read a length ("25 min 30 s"); scripts keep decimal minutes.
                             format == .csv ? String(format: "%.1f", Double(e.seconds) / 60) : DurationText.format(e.seconds),
                             e.activity.rawValue + (e.isVoided ? " (voided)" : ""), EntryOutput(e).source,
                             e.conditions.map(\.rawValue).joined(separator: " "), e.note]
                        })
                    Console.out(format == .csv ? table.csv : table.rendered())
                    // One patient's list says which of its entries do not count and why
                    // (e.g. `inpatient`); a whole month's list would judge every patient-month.
                    if format == .table, id != nil {
                        let notCounted = try session.countingVerdicts(for: entries.filter { !$0.isVoided }).filter { $0.notCountedSeconds > 0 }
                        if !notCounted.isEmpty { Console.out("\nNot counted toward a claim:") }
                        for verdict in notCounted {
                            Console.out("  \(verdict.entryID)  \(DurationText.format(verdict.notCountedSeconds))  "
                                        + verdict.problems.map(\.reason.rawValue).joined(separator: ", "))
                        }
                    }
                }
            }
        }
    }
}
