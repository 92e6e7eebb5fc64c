import TendTestSupport
import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore

/// Each month is priced with the fee schedule of its own calendar year, on both sides of a new
/// year; a year without a schedule is unpriced but still billable; closed months keep theirs.
@Suite struct FeeScheduleByYearServiceTests {
    static func money(_ text: String) -> Decimal { Decimal(string: text)! }

    /// A patient ready from December 1 of `year` (AWV in November, consent, established and
    /// shared plan), with 25 minutes of the nurse's time in December and in the January after.
    func readyAcrossNewYear(_ f: ServicesFixture, december year: Int) throws -> PatientID {
        let first = f.date("\(year)-12-01T15:00:00Z")
        let nurse = try f.session(f.nurse, at: first)
        let id = try nurse.addPatient(PatientDraft(
            name: "Ramírez, José", dateOfBirth: "1950-03-04", mrn: "M1", mbi: "1EG4TE5MK73", conditions: ["E11.9", "I10"],
            careManager: "nurse", billingPractitioner: "doctor", lastVisit: "\(year)-11-14:AWV"))
        try nurse.recordConsent(id, date: LocalDate.parse("\(year)-12-01"), method: .verbal, notGiven: [], declined: false)
        try nurse.changePlan(id, [.setElement(.problems, text: "Diabetes; hypertension"),
                                  .addGoal(Goal(id: 1, text: "A1c", target: "< 7.5%", due: LocalDate.parse("\(year + 1)-06-30")))])
        try nurse.sharePlan(id, date: LocalDate.parse("\(year)-12-01"), method: .paper)
        for day in ["\(year)-12-03", "\(year + 1)-01-05"] {
            try f.session(f.nurse, at: f.date("\(day)T15:00:00Z")).logTime(
                id, TimeRequest(span: .minutes(25, on: LocalDate.parse(day)), activity: .call, note: "Reviewed BP log"))
        }
        return id
    }

    func line(_ report: MonthReportView, _ id: PatientID) throws -> PatientMonthLine {
        try #require(report.lines.first { $0.patient.id == id })
    }

    @Test func december2025AndJanuary2026AreEachPricedWithTheirOwnYear() throws {
        let f = try ServicesFixture(now: FixedInstant.parse("2026-01-20T17:00:00Z"))
        let id = try readyAcrossNewYear(f, december: 2025)
        let boss = try f.session(f.boss)
        let december = try boss.monthReport(YearMonth.parse("2025-12"))
        let january = try boss.monthReport(YearMonth.parse("2026-01"))
        #expect(december.feeSchedule.year == 2025 && january.feeSchedule.year == 2026)
        #expect(try line(december, id).result.codes == [CodeLine(code: .c99490, units: 1)])
        #expect(try line(december, id).result.payment == Self.money("60.49"))
        #expect(try line(january, id).result.payment == Self.money("66.13"))
        #expect(try line(december, id).unpriced.isEmpty && line(january, id).unpriced.isEmpty)
        #expect(december.pricingWarning == nil && january.pricingWarning == nil)
    }

    @Test func december2026IsPricedWithCY2026AndJanuary2027WithoutAScheduleIsUnpricedButBillable() throws {
        let f = try ServicesFixture(now: FixedInstant.parse("2027-01-20T17:00:00Z"))
        let id = try readyAcrossNewYear(f, december: 2026)
        let boss = try f.session(f.boss)
        let december = try boss.monthReport(YearMonth.parse("2026-12"))
        #expect(try line(december, id).result.payment == Self.money("66.13") && december.pricingWarning == nil)

        // No CY2027 schedule: never priced from CY2026, billing goes on, and every view says so.
        let january = try YearMonth.parse("2027-01")
        let report = try boss.monthReport(january)
        let unpriced = try line(report, id)
        #expect(unpriced.result.isBillable && unpriced.result.codes == [CodeLine(code: .c99490, units: 1)])
        #expect(unpriced.result.payment == 0)
        #expect(unpriced.unpriced == [UnpricedCode(code: .c99490, status: .notEntered)])
        #expect(report.feeSchedule.isMissing && report.feeSchedule.year == 2027)
        #expect(report.pricingWarning?.hasPrefix("unpriced: no fee schedule for 2027") == true)
        #expect(try boss.supervisorTable(january).first { $0.patient.id == id }?.unpriced.map(\.code) == [.c99490])
        #expect(try boss.programSummary(january).pricingWarning?.hasPrefix("unpriced: no fee schedule for 2027") == true)
        try f.giveDoctorNPI()
        let export = try boss.claimsExport(january, draft: true)
        #expect(export.lines.map(\.feeStatus) == [.notEntered] && export.problems.isEmpty)
        #expect(export.pricingWarning?.hasPrefix("unpriced: no fee schedule for 2027") == true)

        // The admin enters CY2027: January is priced with it; December keeps CY2026.
        try f.session(f.admin).importFees(csv: "code,amount\n99490,68.00\n99439,52.00\n", year: 2027)
        let priced = try boss.monthReport(january)
        #expect(try line(priced, id).result.payment == Self.money("68.00") && line(priced, id).unpriced.isEmpty)
        #expect(priced.pricingWarning == nil)
        #expect(try line(boss.monthReport(YearMonth.parse("2026-12")), id).result.payment == Self.money("66.13"))
    }

    @Test func anUnconfirmedAmountIsShownAndNamedUntilThePracticeConfirmsIt() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient(minutes: 45)
        let boss = try f.session(f.boss)
        var report = try boss.monthReport(f.october)
        // 45 min: 99490 (confirmed $66.13) + 99439 (unconfirmed $50.44), the latter counted and named.
        #expect(try line(report, id).result.payment == Self.money("116.57"))
        #expect(try line(report, id).unpriced == [UnpricedCode(code: .c99439, status: .unconfirmed)])
        #expect(report.pricingWarning?.hasPrefix("unpriced: 1 patient-month bill codes without a confirmed amount in CY2026") == true)
        #expect(try boss.supervisorTable(f.october).first?.unpriced.map(\.code) == [.c99439])
        try f.session(f.admin).setFee("99439", amount: "50.44", year: 2026)
        report = try boss.monthReport(f.october)
        #expect(try line(report, id).unpriced.isEmpty && report.pricingWarning == nil)
        #expect(try f.lastAudit().summary == "set 99439 to $50.44 (confirmed) in the CY2026 fee schedule (was $50.44 unconfirmed)")
    }

    @Test func aClosedMonthKeepsTheScheduleFrozenAtItsClose() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let id = try f.octoberPatient(minutes: 25)
        let boss = try f.session(f.boss)
        try boss.closeMonth(f.october)
        try f.session(f.admin).setFee("99490", amount: "70.00", year: 2026)
        #expect(try line(boss.monthReport(f.october), id).result.payment == Self.money("66.13"))
        #expect(try boss.claimsExport(f.october).payment == Self.money("66.13"))
        // An open month of the same year takes the new amount.
        try f.session(f.nurse).logTime(id, TimeRequest(span: .minutes(25, on: LocalDate.parse("2026-11-10")), activity: .call, note: "Call"))
        #expect(try line(boss.monthReport(f.november), id).result.payment == Self.money("70.00"))
    }

    @Test func showListsTheYearsAndAYearWithoutSchedule() throws {
        let f = try ServicesFixture()
        let boss = try f.session(f.boss)
        let shown = try boss.feeSchedule(year: 2026)
        #expect(shown.years == [2025, 2026] && shown.schedule?.fee(for: .c99487).status == .unconfirmed)
        #expect(try boss.feeSchedule(year: 2027).schedule == nil)
        #expect(throws: DomainError.self) { try boss.feeSchedule(year: 2100) }
        try f.session(f.admin).setFee("g0557", amount: "$52.10", year: 2027)
        let new = try boss.feeSchedule(year: 2027)
        #expect(new.years == [2025, 2026, 2027])
        #expect(new.schedule?.fee(for: .g0557) == Fee(amount: Self.money("52.10"), confirmed: true, maxUnits: 1))
        // Only the code set has an amount in a new year.
        #expect(new.schedule?.fee(for: .c99490).status == .notEntered)
    }
}
