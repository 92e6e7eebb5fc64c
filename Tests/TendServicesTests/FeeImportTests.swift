import TendTestSupport
import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore

/// `tend fees set` and `tend fees import`: each bad input has a clear message, every bad row is
/// named by its line, and nothing is written when anything is wrong.
@Suite struct FeeImportTests {
    func refused(_ f: ServicesFixture, _ csv: String, year: Int = 2026) throws -> String {
        let before = try f.store.read { try f.store.feeSchedule(year: year) }
        let audits = try f.store.auditRecords().count
        var message = ""
        #expect {
            try f.session(f.admin).importFees(csv: csv, year: year)
        } throws: { error in
            message = (error as? DomainError)?.message ?? "\(error)"
            return error is DomainError
        }
        #expect(try f.store.read { try f.store.feeSchedule(year: year) } == before, "something was written")
        #expect(try f.store.auditRecords().filter { $0.outcome == .ok }.count <= audits)
        return message
    }

    @Test func everyBadRowIsNamedByItsLineAndNothingIsWritten() throws {
        let f = try ServicesFixture()
        let message = try refused(f, """
            code,amount
            99490,70.00
            99999,10.00
            99439,-5
            99487,144.295
            99489,abc
            99490,71.00
            99491
            """)
        #expect(message.hasPrefix("nothing was imported: 6 row(s) are invalid:"))
        #expect(message.contains("line 3: unknown code '99999': a fee schedule prices 99490, 99439"))
        #expect(message.contains("line 4: the amount for 99439 must not be negative (got -5)"))
        #expect(message.contains("line 5: the amount for 99487 must be in whole cents (got 144.295)"))
        #expect(message.contains("line 6: 'abc' is not an amount for 99489 (like 66.13)"))
        #expect(message.contains("line 7: 99490 is also on line 2"))
        #expect(message.contains("line 8: has 1 field(s), the header has 2"))
        #expect(!message.contains("line 2:"))
    }

    @Test("refused files", arguments: [
        ("", "nothing was imported: the file is empty"),
        ("code,amount\n", "nothing was imported: the file has only its header"),
        ("code,price\n99490,1\n", "nothing was imported: the header on line 1 must name the columns 'code' and 'amount'"),
        ("code,amount,note\n99490,1,x\n", "nothing was imported: the header on line 1 must have the columns 'code' and 'amount', and may have 'max_units', each once (unknown: 'note')"),
        ("code,amount,max_units\n99490,1,0\n", "nothing was imported: 1 row(s) are invalid:\n  line 2: max units for 99490 must be a whole number from 1 to 99 (got '0')"),
        ("code,amount\n\"99490,1\n", "nothing was imported: CSV "),
    ])
    func refusedFiles(csv: String, expected: String) throws {
        let f = try ServicesFixture()
        #expect(try refused(f, csv).hasPrefix(expected))
    }

    @Test func aYearOutOfRangeIsRefused() throws {
        let f = try ServicesFixture()
        for year in [2014, 2100] {
            #expect(throws: DomainError("year \(year) is out of range: a fee schedule is for a year from 2015 to 2099")) {
                try f.session(f.admin).importFees(csv: "code,amount\n99490,1\n", year: year)
            }
            #expect(throws: DomainError("year \(year) is out of range: a fee schedule is for a year from 2015 to 2099")) {
                try f.session(f.admin).setFee("99490", amount: "1", year: year)
            }
        }
        #expect(try f.store.read { try f.store.feeScheduleYears() } == [2025, 2026])
    }

    @Test func setRefusesUnknownCodesAndBadAmounts() throws {
        let f = try ServicesFixture()
        let admin = try f.session(f.admin)
        let cases = [("99999", "1", "unknown code '99999': a fee schedule prices 99490, 99439, 99487, 99489, 99491, 99437, 99424, 99425, 99426, 99427, G0556, G0557, G0558, 99495, 99496"),
                     ("99490", "-1", "the amount for 99490 must not be negative (got -1)"),
                     ("99490", "66.135", "the amount for 99490 must be in whole cents (got 66.135)"),
                     ("99490", "1,000", "'1,000' is not an amount for 99490 (like 66.13)")]
        for (code, amount, message) in cases {
            #expect(throws: DomainError(message)) { try admin.setFee(code, amount: amount, year: 2026) }
        }
        #expect(try f.store.read { try f.store.feeSchedule(year: 2026) } == FeeSchedule.bundled(year: 2026))
    }

    @Test func importedAmountsAreConfirmedAndOtherCodesKeepTheirs() throws {
        let f = try ServicesFixture()
        let rows = try f.session(f.admin).importFees(csv: "Amount,CODE,max_units\r\n$51.00,99439,3\r\n144.29,99487,\r\n", year: 2026)
        #expect(rows.map(\.line) == [2, 3] && rows.map(\.code) == [.c99439, .c99487])
        let schedule = try #require(try f.store.read { try f.store.feeSchedule(year: 2026) })
        #expect(schedule.fee(for: .c99439) == Fee(amount: Decimal(string: "51.00")!, confirmed: true, maxUnits: 3))
        #expect(schedule.fee(for: .c99487) == Fee(amount: Decimal(string: "144.29")!, confirmed: true, maxUnits: 1))
        #expect(schedule.fee(for: .c99425).status == .unconfirmed && schedule.fee(for: .c99491).status == .notEntered)
        let audit = try f.lastAudit()
        #expect(audit.action == AuditAction.feesImport.rawValue && audit.login == "admin")
        #expect(audit.summary == "imported 2 amount(s) into the CY2026 fee schedule: 99439 $51.00 max 3 units, 99487 $144.29")
    }

    @Test func theShippedScheduleReplacesTheYearsAndOnlyForAShippedYear() throws {
        let f = try ServicesFixture()
        let admin = try f.session(f.admin)
        try admin.setFee("99490", amount: "70.00", year: 2026)
        let shipped = try admin.importShippedFees(year: 2026)
        #expect(try f.store.read { try f.store.feeSchedule(year: 2026) } == shipped)
        #expect(shipped.fee(for: .c99490).amount == Decimal(string: "66.13")! && shipped.fee(for: .c99439).status == .unconfirmed)
        #expect(try f.lastAudit().summary == "replaced the CY2026 fee schedule with the shipped CY2026 national non-facility")
        #expect(throws: DomainError("tend ships no fee schedule for 2027 (it ships 2025, 2026); enter the year's amounts with tend fees import FILE.csv --year 2027")) {
            try admin.importShippedFees(year: 2027)
        }
        #expect(try f.store.read { try f.store.feeScheduleYears() } == [2025, 2026])
        #expect(throws: StoreError.self) { try f.session(f.boss).importShippedFees(year: 2026) }
    }
}
