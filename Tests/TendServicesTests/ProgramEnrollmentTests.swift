import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

/// `tend program set/show` as use cases: the rules of a program change (rules §9).
@Suite struct ProgramEnrollmentTests {
    func month(_ text: String) -> YearMonth { try! YearMonth.parse(text) }
    func code(_ text: String) -> ICD10Code { try! ICD10Code(validating: text) }

    @Test func aChangeHoldsFromTheCurrentMonthByDefaultAndIsAudited() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let doctor = try f.session(f.doctor)
        let outcome = try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: doctor.currentMonth, reason: "practice moves to APCM"))
        guard case .changed(let entry, let replaced) = outcome else { Issue.record("\(outcome)"); return }
        #expect(entry.from == month("2026-11") && entry.by == "doctor" && replaced == nil)
        let patient = try f.store.patient(id)
        #expect(patient.program(in: month("2026-10")) == .ccm)
        #expect(patient.program(in: month("2026-11")) == .apcm)
        #expect(patient.program(in: month("2027-03")) == .apcm)
        let record = try #require(try f.store.auditRecords().last)
        #expect(record.action == AuditAction.programSet.rawValue && record.patient == id.rawValue)
        #expect(record.summary == "enrolled \(id) in APCM from 2026-11 (was CCM)")
    }

    @Test func pcmNeedsAChronicConditionOfTheProblemList() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let doctor = try f.session(f.doctor)
        let from = month("2026-12")
        #expect(throws: DomainError("PCM needs the one high-risk condition it manages, a chronic condition on the problem list (one of: E11.9, I10)")) {
            try doctor.setProgram(id, ProgramChangeRequest(program: .pcm, from: from))
        }
        #expect(throws: DomainError("J44.9 is not on the problem list (E11.9 I10); add it to the problem list first")) {
            try doctor.setProgram(id, ProgramChangeRequest(program: .pcm, from: from, condition: code("J44.9")))
        }
        // A code on the problem list that is not on the chronic list (a sprained ankle).
        #expect(Fixtures.table.category(for: code("S93.401A")) == nil)
        try doctor.updatePatient(id, { var u = Session.PatientUpdate(); u.addConditions = ["S93.401A"]; return u }())
        #expect(throws: DomainError("S93.401A is not on the chronic-condition list; PCM manages a chronic condition expected to last at least 3 months")) {
            try doctor.setProgram(id, ProgramChangeRequest(program: .pcm, from: from, condition: code("S93.401A")))
        }
        #expect(try f.store.patient(id).programs == nil)
        try doctor.setProgram(id, ProgramChangeRequest(program: .pcm, from: from, condition: code("I10")))
        let enrollment = try f.store.patient(id).enrollment(in: from)
        #expect(enrollment.shortLabel == "PCM I10")
    }

    @Test func otherProgramsRefuseACondition() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        for program in [CareProgram.ccm, .apcm] {
            #expect(throws: DomainError.self) {
                try f.session(f.doctor).setProgram(id, ProgramChangeRequest(program: program, from: month("2026-12"), condition: code("I10")))
            }
        }
        #expect(try f.store.patient(id).programs == nil)
    }

    @Test func theProgramAlreadyInForceWritesNothing() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let doctor = try f.session(f.doctor)
        let before = try f.store.auditRecords().count
        let version = try f.store.patient(id).version
        let outcome = try doctor.setProgram(id, ProgramChangeRequest(program: .ccm, from: month("2026-11")))
        guard case .alreadyInForce(let entry) = outcome else { Issue.record("\(outcome)"); return }
        #expect(entry.program == .ccm)
        try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-11")))
        // APCM from November holds in December too: asking for it again writes nothing.
        guard case .alreadyInForce(let again) = try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-12"))) else {
            Issue.record("APCM from December should already be in force"); return
        }
        #expect(again.from == month("2026-11"))
        #expect(try f.store.patient(id).version == version + 1)
        #expect(try f.store.auditRecords().count == before + 1)
    }

    @Test func aSecondChangeForTheSameMonthReplacesTheFirstAndTheAuditKeepsIt() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let doctor = try f.session(f.doctor)
        try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-12")))
        let outcome = try f.session(f.boss).setProgram(id, ProgramChangeRequest(program: .pcm, from: month("2026-12"), condition: code("E11.9")))
        guard case .changed(_, let replaced) = outcome else { Issue.record("\(outcome)"); return }
        #expect(replaced?.program == .apcm && replaced?.by == "doctor")
        let history = try f.store.patient(id).programHistory
        #expect(history.map(\.program) == [.pcm] && history.map(\.from) == [month("2026-12")])
        let record = try #require(try f.store.auditRecords().last)
        #expect(record.summary.contains("replaces the APCM entry for 2026-12 recorded by doctor"))
        guard case .object(let change)? = record.change, case .object(let old)? = change["replaced"] else {
            Issue.record("the audit record keeps the replaced entry: \(String(describing: record.change))"); return
        }
        #expect(old["program"] == .string("apcm"))
    }

    @Test func aChangeThatWouldReachAClosedMonthIsRefusedNamingIt() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient()
        try f.session(f.boss).closeMonth(f.october)
        let doctor = try f.session(f.doctor)
        #expect(throws: DomainError("2026-10 is closed: a program change from 2026-10 would change its billing; choose a month after 2026-10 (--from 2026-11), or have an admin reopen the month first")) {
            try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: f.october))
        }
        // From September it would reach October too.
        #expect(throws: DomainError("2026-10 is closed: a program change from 2026-09 would change its billing; choose a month after 2026-10 (--from 2026-11), or have an admin reopen the month first")) {
            try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-09")))
        }
        #expect(try f.store.patient(id).programs == nil)
        try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: f.november))
        #expect(try f.store.patient(id).program(in: f.november) == .apcm)
    }

    @Test func aChangeEndingBeforeAClosedMonthIsNotRefused() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient()
        let doctor = try f.session(f.doctor)
        // An explicit CCM entry from October (APCM, then replaced by CCM), October closed: PCM
        // from September reaches September alone, and is not refused.
        try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: f.october))
        try doctor.setProgram(id, ProgramChangeRequest(program: .ccm, from: f.october))
        try f.session(f.boss).closeMonth(f.october)
        try doctor.setProgram(id, ProgramChangeRequest(program: .pcm, from: month("2026-09"), condition: code("I10")))
        let patient = try f.store.patient(id)
        #expect(patient.program(in: month("2026-09")) == .pcm && patient.program(in: f.october) == .ccm)
        #expect(patient.programHistory.map(\.from) == [month("2026-09"), f.october])
    }

    @Test func aNurseMayNotChangeAProgram() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        #expect(throws: StoreError.self) {
            try f.session(f.nurse).setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-11")))
        }
        #expect(try f.store.auditRecords().last?.outcome == .denied)
        for account in [f.doctor, f.boss, f.admin] {
            _ = try f.session(account).setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-12")))
        }
    }

    @Test func theOverviewNamesTheProgramItsConsentAndWhatIsMissing() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let doctor = try f.session(f.doctor)
        try f.session(f.nurse).recordConsent(id, date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        var overview = try f.session(f.nurse).programOverview(id)
        #expect(overview.enrollment.program == .ccm && overview.history.isEmpty)
        #expect(overview.consent.counting?.program == .ccm)
        #expect(!overview.blockers.contains(.noConsent) && overview.blockers.contains(.noCarePlan))
        try doctor.setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-11")))
        overview = try f.session(f.nurse).programOverview(id)
        #expect(overview.enrollment.program == .apcm && overview.history.count == 1)
        // The CCM consent does not count for APCM.
        #expect(overview.consent.counting == nil && overview.consentOnFile == nil)
        #expect(overview.blockers.contains(.noConsent))
    }
}
