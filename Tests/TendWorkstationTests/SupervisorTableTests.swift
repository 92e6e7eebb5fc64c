import Foundation
import Testing
import TendDomain
@testable import TendWorkstation

/// The supervisor tables' filter language, column layout and sort.
@Suite struct SupervisorTableTests {
    let columns = [
        TableColumn(title: "Patient", key: "patient", width: 10, flexible: true),
        TableColumn(title: "Care mgr", key: "cm", width: 8, priority: 2),
        TableColumn(title: "Clin", key: "clin", width: 5, numeric: true),
        TableColumn(title: "Status", key: "status", width: 10, priority: 1),
    ]

    func row(_ name: String, _ manager: String, _ minutes: Int, _ status: String) -> TableRow {
        TableRow(id: name, patient: nil, entry: nil,
                 cells: [.text(name), .text(manager), .number(minutes), .text(status)])
    }

    var table: DataTable {
        DataTable(columns: columns, rows: [
            row("Nguyễn, Ánh", "okafor", 15, "below threshold"),
            row("Zoë", "okafor", 42, "BLOCKED no-care-plan"),
            row("Ärzte, Bo", "lindqvist", 42, "billable"),
            row("王, 秀英", "lindqvist", 0, "below threshold"),
        ], defaultSort: TableSort(column: 0, descending: false))
    }

    func names(_ filter: String, sort: TableSort = TableSort(column: 0, descending: false)) throws -> [String] {
        try table.view(sort: sort, filter: TableFilter.parse(filter, columns: columns)).map(\.id)
    }

    @Test func plainWordsMatchAnyColumnIgnoringCaseAndAccents() throws {
        #expect(try names("anh") == ["Nguyễn, Ánh"])
        #expect(try names("ARZTE") == ["Ärzte, Bo"])
        #expect(try names("okafor") == ["Nguyễn, Ánh", "Zoë"])
        #expect(try names("okafor blocked") == ["Zoë"])
        #expect(try names("秀英") == ["王, 秀英"])
        #expect(try names("") == ["Ärzte, Bo", "Nguyễn, Ánh", "Zoë", "王, 秀英"])
    }

    @Test func aColumnIsNamedByItsKeyItsTitleOrAnUnambiguousStart() throws {
        #expect(try names("cm:lind") == ["Ärzte, Bo", "王, 秀英"])
        #expect(try names("caremgr:lind") == ["Ärzte, Bo", "王, 秀英"])
        #expect(try names("care:oka") == ["Nguyễn, Ánh", "Zoë"])
        #expect(try names("stat:below") == ["Nguyễn, Ánh", "王, 秀英"])
        // "okafor" in the patient column matches nobody.
        #expect(try names("patient:okafor") == [])
    }

    @Test func numberColumnsCompare() throws {
        #expect(try names("clin>20") == ["Ärzte, Bo", "Zoë"])
        #expect(try names("clin<15") == ["王, 秀英"])
        #expect(try names("clin=15") == ["Nguyễn, Ánh"])
        #expect(try names("clin>0 clin<42") == ["Nguyễn, Ánh"])
    }

    @Test func badFiltersSayWhat() {
        #expect(throws: TableFilterError("no column 'bogus'; columns: patient, cm, clin, status")) {
            try TableFilter.parse("bogus:1", columns: columns)
        }
        #expect(throws: TableFilterError("'c' could be cm or clin")) { try TableFilter.parse("c:1", columns: columns) }
        #expect(throws: TableFilterError("'twenty' is not a number (in 'clin>twenty')")) { try TableFilter.parse("clin>twenty", columns: columns) }
        #expect(throws: TableFilterError("'cm' is not a number column; use cm:text")) { try TableFilter.parse("cm<3", columns: columns) }
    }

    @Test func sortIsStableAndReversible() throws {
        let byMinutes = TableSort(column: 2, descending: false)
        #expect(try names("", sort: byMinutes) == ["王, 秀英", "Nguyễn, Ánh", "Zoë", "Ärzte, Bo"])
        // Ties keep the natural order in both directions.
        #expect(try names("", sort: TableSort(column: 2, descending: true)) == ["Zoë", "Ärzte, Bo", "Nguyễn, Ánh", "王, 秀英"])
        // Names sort by their folded text: Ärzte before Nguyễn before Zoë; CJK last.
        #expect(try names("") == ["Ärzte, Bo", "Nguyễn, Ánh", "Zoë", "王, 秀英"])
        #expect(try names("", sort: TableSort(column: 0, descending: true)) == ["王, 秀英", "Zoë", "Nguyễn, Ánh", "Ärzte, Bo"])
    }

    @Test func layoutDropsLowPriorityColumnsFirstAndGivesTheRestToFlexibleOnes() {
        let wide = TableLayout(columns: columns, width: 60)
        #expect(wide.slots.map(\.column) == [0, 1, 2, 3])
        #expect(wide.slots[0].width == 60 - 8 - 5 - 10 - 3)
        #expect(wide.slots.last.map { $0.x + $0.width } == 60)
        // 10 + 8 + 5 + 10 + 3 gaps = 36 > 30: the highest priority number goes first, so Care mgr
        // (2) is dropped before Status (1); at 20 Status goes too.
        let narrow = TableLayout(columns: columns, width: 30)
        #expect(narrow.slots.map(\.column) == [0, 2, 3])
        let tiny = TableLayout(columns: columns, width: 20)
        #expect(tiny.slots.map(\.column) == [0, 2])
        #expect(tiny.slots.last.map { $0.x + $0.width }! <= 20)
    }

    @Test func localDateTimesParseInThePracticeZoneAndRefuseNonsense() throws {
        let zone = TimeZone(identifier: "America/New_York")!
        let date = try LocalDateTimeText.parse("2026-03-10 08:05", field: "Start", in: zone)
        #expect(date == ISO8601DateFormatter().date(from: "2026-03-10T12:05:00Z"))
        #expect(LocalDateTimeText.full(date, in: zone) == "2026-03-10 08:05:00")
        #expect(throws: DomainError("Start '2026-02-30 08:00' is not a local date and time like 2026-11-03 14:05")) {
            try LocalDateTimeText.parse("2026-02-30 08:00", field: "Start", in: zone)
        }
        #expect(throws: DomainError("End '8am' is not a local date and time like 2026-11-03 14:05")) {
            try LocalDateTimeText.parse("8am", field: "End", in: zone)
        }
        // 02:30 on 2026-03-08 does not exist in New York (clocks jump from 02:00 to 03:00).
        #expect(throws: DomainError("Start '2026-03-08 02:30' does not exist in America/New_York (a daylight-saving change)")) {
            try LocalDateTimeText.parse("2026-03-08 02:30", field: "Start", in: zone)
        }
    }
}

/// The supervisor filter follows the one search rule of `PatientQuery`: a date of birth in ISO or
/// US form, and letters that do not decompose (`ø`), match as they do on the nurse's list.
@Suite struct SupervisorFilterRuleTests {
    let columns = [PatientCells.nameColumn(width: 10), PatientCells.birthDateColumn,
                   TableColumn(title: "Care mgr", key: "cm", width: 8)]

    var table: DataTable {
        DataTable(columns: columns, rows: [
            TableRow(id: "brown1", patient: nil, entry: nil, cells: [.text("Brown, Charles"), .text("1944-02-03"), .text("okafor")]),
            TableRow(id: "brown2", patient: nil, entry: nil, cells: [.text("Brown, Charles"), .text("1951-11-30"), .text("okafor")]),
            TableRow(id: "zoe", patient: nil, entry: nil, cells: [.text("Øvergård, Zoë"), .text("1941-02-03"), .text("lindqvist")]),
        ], defaultSort: TableSort(column: 0, descending: false))
    }

    func ids(_ filter: String) throws -> [String] {
        try table.view(sort: TableSort(column: 0, descending: false), filter: TableFilter.parse(filter, columns: columns)).map(\.id)
    }

    @Test func datesOfBirthInISOAndUSForms() throws {
        #expect(try ids("1944-02-03") == ["brown1"])
        #expect(try ids("2/3/1944") == ["brown1"])
        #expect(try ids("brown 11/30/1951") == ["brown2"])
        #expect(try ids("dob:02/03/1944") == ["brown1"])
        #expect(try ids("dob:1951") == ["brown2"])
        #expect(try ids("3/2/1944").isEmpty)
    }

    @Test func lettersWithoutADecompositionFoldLikeEverywhereElse() throws {
        #expect(try ids("overgard") == ["zoe"])
        #expect(try ids("ØVERGÅRD zoe") == ["zoe"])
        #expect(try ids("patient:overg") == ["zoe"])
    }
}
