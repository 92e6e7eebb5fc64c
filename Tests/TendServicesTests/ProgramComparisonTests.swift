import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

/// `Session.programComparison` and the projection by program, on a store (the fixture's clock is
/// 2026-11-16; October patients are enrolled, consented and planned on 2026-10-05).
@Suite struct ProgramComparisonServiceTests {
    /// Moves a patient to `program` from October on, with a consent for it dated like the CCM one
    /// (written to the store directly: enrollment and consent per program are another part's use cases).
    func enroll(_ f: ServicesFixture, _ id: PatientID, in program: CareProgram, qmb: Bool? = nil) throws {
        try f.store.write(f.admin, action: .patientUpdate, patient: id.rawValue, at: f.now) { change in
            let previous = try f.store.patient(id)
            var patient = previous
            patient.programs = [ProgramEnrollment(program: program, from: f.october, by: "admin", recordedAt: f.now)]
            var consent = patient.consents[0]
            consent.program = program
            patient.consents = [consent]
            patient.qmb = qmb
            patient.version += 1
            try change.put(patient, replacing: previous)
        }
    }

    /// A fixture whose 2026 schedule (October 2026 is priced from it) carries the CY2025 CCM
    /// amounts, confirmed, the figures these tests were written with; APCM not entered, as shipped.
    static func fixture() throws -> ServicesFixture {
        let f = try ServicesFixture()
        var schedule = try f.store.feeSchedule(year: 2026)!
        let cy2025 = try f.store.feeSchedule(year: 2025)!
        for code in CPTCode.allCases where code.family == .ccm { schedule.fees[code] = cy2025.fees[code] }
        try f.store.write(f.admin, action: "fees.set", at: f.now) { change in try change.put(schedule, year: 2026) }
        return f
    }

    /// The 2026 schedule with APCM amounts (the CMS estimates of rules §8).
    func priceAPCM(_ f: ServicesFixture) throws {
        var schedule = try f.store.feeSchedule(year: 2026)!
        schedule.fees[.g0556] = Fee(amount: Decimal(string: "15.00")!, maxUnits: 1)
        schedule.fees[.g0557] = Fee(amount: Decimal(string: "50.00")!, maxUnits: 1)
        schedule.fees[.g0558] = Fee(amount: Decimal(string: "110.00")!, maxUnits: 1)
        try f.store.write(f.admin, action: "fees.set", at: f.now) { change in try change.put(schedule, year: 2026) }
    }

    @Test func onlySupervisorsAndAdminsCompareAndADenialIsAudited() throws {
        let f = try Self.fixture()
        #expect(throws: StoreError.self) { try f.session(f.nurse).programComparison() }
        #expect(try f.lastAudit().action == "report.programs" && f.lastAudit().outcome == .denied)
        #expect(try f.session(f.boss).programComparison().rows.isEmpty)
        #expect(try f.session(f.admin).programComparison().months.map(\.month) == [try YearMonth.parse("2026-09"), f.october, f.november])
    }

    @Test func monthsOutsideTheRangeOrNotBegunAreRefusedWithAReason() throws {
        let f = try Self.fixture()
        let session = try f.session(f.boss)
        for count in [0, 25] {
            let error = #expect(throws: DomainError.self) { try session.programComparison(months: count) }
            #expect(error?.message.contains("compare 1 to 24 months") == true)
        }
        let error = #expect(throws: DomainError.self) { try session.programComparison(through: YearMonth.parse("2026-12")) }
        #expect(error?.message.contains("2026-12 has not begun") == true)
    }

    @Test func anAPCMPatientWithSeventyMinutesShowsWhatCCMWouldHavePaid() throws {
        let f = try Self.fixture()
        let id = try f.octoberPatient(name: "Apcm, Ada", minutes: 70)
        try enroll(f, id, in: .apcm)
        let view = try f.session(f.boss).programComparison(months: 1, through: f.october)
        let row = try #require(view.rows.first)
        #expect(row.patient.name.family == "Apcm" && row.patient.dateOfBirth.description == "1950-03-04")
        #expect(row.comparison.currentProgram == .apcm)
        let ccm = try #require(row.comparison.alternatives.first { $0.program == .ccm })
        #expect(ccm.earned == Decimal(string: "152.35")!)
        let month = try #require(row.comparison.months.first)
        #expect(month.outcome(.ccm)?.codes == [CodeLine(code: .c99490, units: 1), CodeLine(code: .c99439, units: 2)])
        #expect(month.outcome(.ccm)?.assumedConsent == true && month.minutes == 70)
        // The shipped schedule has no APCM amount: what APCM earned is unpriced, so no gain is claimed.
        #expect(row.comparison.months.first?.current.payment == nil)
        #expect(row.comparison.months.first?.current.unpricedCodes == [.g0557])
        #expect(row.comparison.gain == nil && view.totals.unpriced == [id] && view.totals.gainers.isEmpty)
        #expect(view.totals.programs.first { $0.program == .apcm }?.patients == 1)
        // Priced, APCM's G0557 ($50.00) against CCM's $152.35: a gain of $102.35 from a switch to CCM.
        try priceAPCM(f)
        let priced = try #require(try f.session(f.boss).programComparison(months: 1, through: f.october).rows.first)
        #expect(priced.comparison.earned.earned == Decimal(50))
        #expect(priced.comparison.best?.program == .ccm && priced.comparison.gain == Decimal(string: "102.35")!)
    }

    @Test func aCCMPatientWhoseMinutesEarnLessThanTheAPCMTierShowsTheGain() throws {
        let f = try Self.fixture()
        try priceAPCM(f)
        let few = try f.octoberPatient(name: "Few, Fay", minutes: 5)      // short of CCM's 20 minutes
        let many = try f.octoberPatient(name: "Many, Max", minutes: 45)   // 99490 + 99439: $106.42
        let view = try f.session(f.boss).programComparison(months: 1, through: f.october)
        let fay = try #require(view.rows.first { $0.patient.id == few })
        #expect(fay.comparison.earned.earned == 0 && fay.comparison.currentProgram == .ccm)
        let apcm = try #require(fay.comparison.months.first?.outcome(.apcm))
        #expect(apcm.codes == [CodeLine(code: .g0557, units: 1)] && apcm.payment == Decimal(50) && apcm.assumedConsent)
        #expect(fay.comparison.best?.program == .apcm && fay.comparison.gain == Decimal(50))
        // Max earns more under CCM than APCM's tier would pay: no gain, not listed.
        let max = try #require(view.rows.first { $0.patient.id == many })
        #expect(max.comparison.earned.earned == Decimal(string: "106.42")!)
        #expect(max.comparison.gain.map { $0 < 0 } == true)
        #expect(view.totals.gainers == [few])
        #expect(view.totals.earnedWithSwitches == view.totals.earned + 50)
        // PCM's codes have no amount in the schedule: Max's 45 minutes under PCM are unpriced, never priced.
        #expect(max.comparison.alternatives.first { $0.program == .pcm }?.unpricedMonths == [f.october])
        #expect(view.totals.unpriced == [many])
    }

    @Test func aPatientWithOneChronicCategoryIsNotOfferedCCM() throws {
        let f = try Self.fixture()
        let nurse = try f.session(f.nurse, at: f.octoberMorning)
        let id = try nurse.addPatient(PatientDraft(name: "Single, Sam", dateOfBirth: "1948-01-02", mrn: "S1", conditions: ["E11.9"],
                                                   careManager: "nurse", billingPractitioner: "doctor", lastVisit: "2026-09-14:AWV"))
        try nurse.recordConsent(id, date: LocalDate.parse("2026-10-05"), method: .verbal, notGiven: [], declined: false)
        try f.logOctober(id, minutes: 30)
        try enroll(f, id, in: .apcm)
        let row = try #require(try f.session(f.boss).programComparison(months: 1, through: f.october).rows.first)
        #expect(row.comparison.alternatives.map(\.program) == [.pcm])
        #expect(row.comparison.months.first?.alternatives.map(\.program) == [.pcm])
    }

    @Test func aNotBilledMonthEarnsNothingUnderAnyProgram() throws {
        let f = try Self.fixture()
        let id = try f.octoberPatient(name: "Marked, Mo", minutes: 70)
        try f.session(f.boss).markNotBilled(id, month: f.october, reason: "documentation incomplete")
        let row = try #require(try f.session(f.boss).programComparison(months: 1, through: f.october).rows.first)
        #expect(row.comparison.earned.earned == 0)
        #expect(row.comparison.alternatives.allSatisfy { $0.earned == 0 })
        #expect(row.comparison.gain == 0)
    }

    @Test func theProjectionCountsEachPatientAtTheirProgramsRate() throws {
        let f = try Self.fixture()
        _ = try f.octoberPatient(name: "Ccm, Cy", minutes: 25)
        let apcm = try f.octoberPatient(name: "Apcm, Ada", minutes: 0)
        try enroll(f, apcm, in: .apcm, qmb: true)
        // No APCM amount in the shipped schedule: that patient is unpriced, never priced as CCM.
        var summary = try f.session(f.boss).programSummary(f.october)
        #expect(summary.enrolled == 2)
        #expect(summary.projectedYearFromEnrolled == Decimal(string: "725.88")!)
        #expect(summary.projections.first { $0.program == .apcm }?.hasUnpriced == true)
        #expect(summary.projections.first { $0.program == .apcm }?.byCode.map(\.code) == [.g0558])
        try priceAPCM(f)
        summary = try f.session(f.boss).programSummary(f.october)
        #expect(summary.projectedYearFromEnrolled == Decimal(string: "2045.88")!)   // (60.49 + 110.00) × 12
        #expect(summary.projections.allSatisfy { !$0.hasUnpriced })
    }
}
