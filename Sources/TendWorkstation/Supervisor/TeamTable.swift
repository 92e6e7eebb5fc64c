import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The team table: each active staff member's minutes today and this month, patients touched,
/// calls attempted and reached, and the stopwatch running now (redrawn every second).
enum TeamTable {
    static let columns = [
        TableColumn(title: "Staff", key: "staff", width: 10),
        TableColumn(title: "Name", key: "name", width: 14, flexible: true, priority: 3),
        TableColumn(title: "Cred", key: "cred", width: 4, priority: 4),
        TableColumn(title: "Today", key: "today", width: 6, numeric: true),
        TableColumn(title: "Month", key: "month", width: 7, numeric: true),
        TableColumn(title: "Pts", key: "pts", width: 5, numeric: true),
        TableColumn(title: "Calls", key: "calls", width: 6, numeric: true),
        TableColumn(title: "Reached", key: "reached", width: 8, numeric: true, priority: 2),
        TableColumn(title: "Stopwatch now", key: "stopwatch", width: 20, flexible: true),
        TableColumn(title: "DOB", key: "dob", width: 10),
    ]

    /// `patients` names the patients of running stopwatches; the DOB column gives each one's
    /// date of birth beside the name.
    static func make(_ team: [TeamMemberActivity], patients: [PatientID: Patient], labels: PatientLabel, now: Date) -> DataTable {
        let rows = team.map { member -> TableRow in
            var stopwatch = TableCell(text: "", sort: .number(-1))
            var birthDate = TableCell.text("")
            if let timer = member.timer {
                let seconds = timer.elapsedSeconds(at: now)
                let patient = patients[timer.patientId]
                let who = patient.map(labels.name) ?? "patient \(timer.patientId)"
                birthDate = .text(patient?.dateOfBirth.description ?? "")
                stopwatch = TableCell(text: "\(timer.isPaused ? "paused" : "running") \(DurationText.format(seconds)) \(who)",
                                      sort: .number(Double(seconds)), role: timer.isPaused ? .timerPaused : .timerRunning)
            }
            return TableRow(id: member.member.login, patient: nil, entry: nil, cells: [
                .text(member.member.login),
                .text(member.member.name),
                .text(member.member.credential.rawValue),
                .number(member.minutesToday),
                .number(member.minutesThisMonth),
                .number(member.patientsTouched),
                .number(member.callsAttempted),
                .number(member.callsReached),
                stopwatch,
                birthDate,
            ])
        }
        return DataTable(columns: columns, rows: rows, defaultSort: TableSort(column: 0, descending: false))
    }

    static func heading(_ team: [TeamMemberActivity], today: LocalDate, now: Date) -> [String] {
        let running = team.filter { $0.timer.map { !$0.isPaused } ?? false }.count
        let today = team.reduce(0) { $0 + $1.minutesToday }
        return ["Today \(today) min \u{00B7} \(team.count) active staff \u{00B7} \(plural(running, "stopwatch", "stopwatches")) running now"]
    }
}
