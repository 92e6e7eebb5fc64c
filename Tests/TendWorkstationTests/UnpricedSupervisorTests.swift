import Foundation
import Testing
import TendDomain
@testable import TendServices
import TendTestSupport
@testable import TendWorkstation

/// The supervisor view names an unpriced patient-month (a code without a confirmed amount in the
/// month's own year's schedule) in the month table's status and heading, and in the summary.
@Suite struct UnpricedSupervisorTests {
    @Test func monthTableAndSummaryNameUnpricedCodes() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient(minutes: 45)
        let boss = try f.session(f.boss)
        let rows = try boss.supervisorTable(f.october)
        let row = try #require(rows.first { $0.patient.id == id })
        #expect(MonthTable.status(row).text == "billable \u{00B7} unpriced 99439 unconfirmed")
        let facts = MonthTable.closeFacts(rows)
        #expect(facts.unpriced == 1)
        let heading = MonthTable.heading(month: f.october, close: try boss.monthClose(f.october), facts: facts, today: boss.today)
        #expect(heading.first?.contains("UNPRICED 1: fees of CY2026 not confirmed") == true)

        let summary = SummaryText.lines(try boss.programSummary(f.october), close: try boss.monthClose(f.october), staffNames: [:])
        #expect(summary.contains { $0.hasPrefix("Warning: unpriced: 1 patient-month bill codes without a confirmed amount in CY2026") })

        // Confirmed by the practice: no mark left.
        try f.session(f.admin).setFee("99439", amount: "50.44", year: 2026)
        let confirmed = try boss.supervisorTable(f.october)
        #expect(MonthTable.status(try #require(confirmed.first)).text == "billable")
        #expect(MonthTable.closeFacts(confirmed).unpriced == 0)
        #expect(!SummaryText.lines(try boss.programSummary(f.october), close: try boss.monthClose(f.october), staffNames: [:])
            .contains { $0.hasPrefix("Warning:") })
    }
}
