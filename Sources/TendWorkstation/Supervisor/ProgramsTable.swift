import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The program comparison: per patient the program, what the compared months earned under it,
/// the best priced alternative and the gain of a switch; the practice totals in the heading.
enum ProgramsTable {
    /// How many months the tab compares, ending with the chosen month.
    static let months = 3

    static let columns = [
        PatientCells.nameColumn(width: 14),
        PatientCells.birthDateColumn,
        TableColumn(title: "Prog", key: "prog", width: 5),
        TableColumn(title: "Earned", key: "earned", width: 10, numeric: true),
        TableColumn(title: "Best alt", key: "best", width: 8),
        TableColumn(title: "Would earn", key: "would", width: 10, numeric: true, priority: 2),
        TableColumn(title: "Gain", key: "gain", width: 10, numeric: true),
        TableColumn(title: "Note", key: "note", width: 14, flexible: true, priority: 3),
    ]

    static func make(_ view: ProgramComparisonView, labels: PatientLabel) -> DataTable {
        let rows = view.rows.map { row -> TableRow in
            let c = row.comparison
            let best = c.best
            let gainCell: TableCell
            if let gain = c.gain {
                gainCell = TableCell(text: (gain > 0 ? "+" : "") + Money.format(gain), sort: .number(NSDecimalNumber(decimal: gain).doubleValue),
                                     role: gain > 0 ? .statusOK : nil)
            } else {
                gainCell = TableCell(text: "", sort: .number(-.infinity))
            }
            return TableRow(id: "programs/\(row.patient.id)", patient: row.patient.id, entry: nil,
                            cells: PatientCells.cells(row.patient, id: row.patient.id, labels: labels) + [
                .text(c.currentProgram.name),
                earnings(c.earned),
                .text(best?.program.name ?? ""),
                best.map(earnings) ?? TableCell(text: "", sort: .number(-1)),
                gainCell,
                .text(note(c), role: c.earned.isPriced && c.alternatives.allSatisfy(\.isPriced) ? nil : .statusWarn),
            ])
        }
        return DataTable(columns: columns, rows: rows, defaultSort: TableSort(column: 6, descending: true))
    }

    static func earnings(_ e: ProgramEarnings) -> TableCell {
        e.isPriced ? .money(e.earned) : TableCell(text: "unpriced", sort: .number(-1), role: .statusWarn)
    }

    /// What the row's figures leave out, in a few words.
    static func note(_ c: PatientProgramComparison) -> String {
        var notes: [String] = []
        if !c.earned.isPriced { notes.append("\(c.currentProgram.name) unpriced") }
        notes += c.alternatives.filter { !$0.isPriced }.map { "\($0.program.name) unpriced" }
        if c.alternatives.isEmpty { notes.append("no other program") }
        return notes.joined(separator: "; ")
    }

    static func heading(_ view: ProgramComparisonView) -> [String] {
        let t = view.totals
        let first = view.months.first?.month, last = view.months.last?.month
        let span = first == last ? first.map(\.description) ?? "" : "\(first!)\u{2013}\(last!)"
        let programs = t.programs.filter { $0.patients > 0 || $0.earned > 0 }
            .map { "\($0.program.name) \($0.patients) \(Money.format($0.earned))" }.joined(separator: " \u{00B7} ")
        let open = view.months.contains { !$0.closed } ? " (open month included)" : ""
        return ["\(span)\(open) \u{00B7} \(programs.isEmpty ? "no patient" : programs) \u{00B7} earned \(Money.format(t.earned)), "
                + "with switches \(Money.format(t.earnedWithSwitches)) \u{00B7} \(t.gainers.count) would gain"
                + (t.unpriced.isEmpty ? "" : " \u{00B7} \(t.unpriced.count) unpriced")]
    }
}
