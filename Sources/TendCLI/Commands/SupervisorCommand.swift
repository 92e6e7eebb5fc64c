import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend supervisor …`: the supervisor's views on the command line.
struct SupervisorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervisor", abstract: "The supervisor's views: month table, team, at risk, program summary.",
        subcommands: [Table.self, Team.self, AtRisk.self, Summary.self])

    struct Table: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every patient of the month: minutes, next threshold, codes, payment, gates.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "YYYY-MM (default this month).") var month: String?
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let m = try month.map(Parse.month) ?? session.currentMonth
                let table = try session.supervisorTable(m)
                let rows = table.map { r in
                    [r.patient.id.rawValue, r.patient.name.displayName, r.patient.dateOfBirth.description, r.patient.mrn ?? "",
                     r.patient.careManager ?? "", String(r.result.clinicalMinutes),
                     String(r.result.practitionerMinutes),
                     r.notCounted.isEmpty ? "" : String(r.notCounted.seconds / 60), r.notCounted.reasonList,
                     r.nextThreshold.map(String.init) ?? (NextThreshold.hasThresholds(r.result.program) ? "max" : "none (APCM)"),
                     r.result.recommended?.description ?? "", Money.format(r.result.payment), r.disposition.rawValue,
                     r.result.blockers.map(\.rawValue).joined(separator: " "), r.amendments.map { "#\($0.number)" }.joined(separator: " "),
                     PricingText.cell(r.unpriced)]
                }
                let text = TextTable(header: ["id", "name", "dob", "mrn", "care manager", "clinical min", "practitioner min",
                                              "not counted min", "not counted why", "next", "recommended",
                                              "payment", "disposition", "failing gates", "amendments", "warnings"], rows: rows)
                Console.out(format == .csv ? text.csv : text.rendered())
                let unpriced = table.filter { !$0.unpriced.isEmpty }.count
                if unpriced > 0 {
                    Console.warn("warning: unpriced: \(unpriced) patient-month(s) of \(m) bill codes without a confirmed amount in the CY\(m.year) fee schedule (tend fees show --year \(m.year))")
                }
            }
        }
    }

    struct Team: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Per staff member: minutes today and this month, patients, calls, stopwatch now.")
        @OptionGroup var options: StoreOptions
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let team = try session.teamActivity()
                let patients = try PatientLabel.directory(team.compactMap(\.timer?.patientId), in: session)
                let rows = team.map { t in
                    [t.member.login, t.member.name, t.member.credential.rawValue, String(t.minutesToday), String(t.minutesThisMonth),
                     String(t.patientsTouched), String(t.callsAttempted), String(t.callsReached),
                     t.timer.map { "\(PatientLabel.full($0.patientId, from: patients)) \(DurationText.format(t.timerSeconds))\($0.isPaused ? " paused" : "")" } ?? ""]
                }
                let table = TextTable(header: ["login", "name", "credential", "min today", "min month", "patients", "calls", "reached", "stopwatch"], rows: rows)
                Console.out(format == .csv ? table.csv : table.rendered())
            }
        }
    }

    struct AtRisk: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "at-risk", abstract: "Patients at risk this month.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            try Run.withSession(options) { session in
                let r = try session.atRisk()
                func name(_ p: Patient) -> String { PatientLabel.full(p) }
                var out = ["\(r.month), \(r.daysLeft) day(s) left", "", "need minutes for 99490:"]
                out += r.needMinutes.map { "  \(name($0.patient)): \($0.minutes) min, needs \($0.needed) more" }
                out += ["", "zero minutes:"] + r.zeroMinutes.map { "  " + name($0) }
                out += ["", "eligible, no consent:"] + r.noConsent.map { "  " + name($0) }
                out += ["", "care plan due for review:"] + r.planReviewDue.map { "  \(name($0.patient)): \($0.reason)" }
                out += ["", "care plan never shared:"] + r.planNeverShared.map { "  " + name($0) }
                out += ["", "open care transitions (TCM):"] + r.openTransitions.flatMap { item in
                    item.transitions.map { "  \(name(item.patient)): stay \($0.stay.id) discharged \($0.stay.discharge): \(StayCommand.outcome($0))" }
                }
                Console.out(out.joined(separator: "\n"))
            }
        }
    }

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enrolled, billable, expected payment and the two yearly projections.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "YYYY-MM (default this month).") var month: String?

        func run() throws {
            try Run.withSession(options) { session in
                let s = try session.programSummary(try month.map(Parse.month) ?? session.currentMonth)
                Console.out("""
                    \(s.month) at \(TextSafety.printable(s.feeSchedule.name))
                    enrolled: \(s.enrolled)
                    billable this month: \(s.billable)
                    expected payment this month: \(Money.format(s.expectedPayment))
                    projected year (this month's billable payment × 12): \(Money.format(s.projectedYearFromBillable))
                    projected year (enrolled \(s.enrolled) × their program's rate × 12): \(Money.format(s.projectedYearFromEnrolled))
                    """ + "\n  at the fee schedule in force today, \(TextSafety.printable(s.projectionSchedule.name)):" + s.projections.filter { $0.patients > 0 }.map { "\n  " + $0.text }.joined()
                    + (s.projections.contains(where: \.hasUnpriced) ? "\nwarning: unpriced codes are not projected; enter their amounts in the fee schedule" : "")
                    + (s.pricingWarning.map { "\nwarning: " + $0 } ?? ""))
            }
        }
    }
}
