import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Month report")
struct MonthReportTests {
    @Test func totalsBillableAndBlocked() throws {
        let billable = Fixtures.engine.evaluate(Fixtures.facts(clinical: 60))
        var other = Fixtures.readyPatient()
        other.id = try PatientID.validate("P0000001")
        other.consents = []
        let blocked = Fixtures.engine.evaluate(Fixtures.facts(clinical: 25, practitioner: 10, patient: other))
        let report = MonthReport(month: Fixtures.month("2026-03"), results: [billable, blocked])
        #expect(report.patients == 2)
        #expect(report.billable == 1)
        #expect(report.payment == Decimal("152.35"))
        #expect(report.totalMinutes == 95)
        #expect(report.clinicalMinutes == 85)
        #expect(report.practitionerMinutes == 10)
        #expect(report.blockers == [GateCount(gate: .noConsent, patients: 1)])
        #expect(report.codes == [CodeCount(code: .c99490, units: 1), CodeCount(code: .c99439, units: 2)])
        #expect(report.results.map(\.patientId.rawValue) == ["P0000001", "P7K3X9Q2"])
        #expect(report.annualProjection == Decimal("1828.20"))
    }

    @Test func emptyMonth() {
        let report = MonthReport(month: Fixtures.month("2026-03"), results: [])
        #expect(report.patients == 0)
        #expect(report.payment == 0)
        #expect(report.blockers.isEmpty)
    }
}
