import Foundation
import TendDomain
import TendServices
import TendStore

/// October 2026 set-ups for month-close tests (the fixture's clock is 2026-11-16).
extension ServicesFixture {
    /// October 2026.
    public var october: YearMonth { try! YearMonth.parse("2026-10") }
    /// November 2026.
    public var november: YearMonth { try! YearMonth.parse("2026-11") }
    /// 2026-10-05 10:00 New York.
    public var octoberMorning: Date { date("2026-10-05T14:00:00Z") }

    /// A patient enrolled in October: AWV in September, consent and an established plan on
    /// 2026-10-05 (shared unless `share` is false), and `minutes` of the nurse's time that day.
    public func octoberPatient(name: String = "Ramírez, José", mbi: String? = "1EG4TE5MK73", minutes: Int = 25,
                               consent: Bool = true, share: Bool = true) throws -> PatientID {
        let nurse = try session(self.nurse, at: octoberMorning)
        let identity = nextPatientIdentity()
        let id = try nurse.addPatient(PatientDraft(
            name: name, dateOfBirth: identity.dateOfBirth, mrn: identity.mrn, mbi: mbi,
            conditions: ["E11.9", "I10"], careManager: "nurse", billingPractitioner: "doctor", lastVisit: "2026-09-14:AWV"))
        if consent {
            try nurse.recordConsent(id, date: LocalDate.parse("2026-10-05"), method: .verbal, notGiven: [], declined: false)
        }
        try nurse.changePlan(id, [.setElement(.problems, text: "Diabetes; hypertension"),
                                  .addGoal(Goal(id: 1, text: "A1c", target: "< 7.5%", due: LocalDate.parse("2027-06-30")))])
        if share { try nurse.sharePlan(id, date: LocalDate.parse("2026-10-05"), method: .paper) }
        if minutes > 0 { try logOctober(id, minutes: minutes) }
        return id
    }

    /// Logs the nurse's time for a patient on 2026-10-06, after her other entries that day.
    @discardableResult
    public func logOctober(_ id: PatientID, minutes: Int, account: Account? = nil, amend: String? = nil) throws -> [TimeEntry] {
        try session(account ?? nurse).logTime(id, TimeRequest(span: .minutes(minutes, on: LocalDate.parse("2026-10-06")),
                                                              activity: .call, note: "Reviewed BP log"), amendReason: amend)
    }

    /// Gives the doctor a valid NPI (the CMS example 1234567893).
    public func giveDoctorNPI() throws {
        try session(admin).updateStaff(login: "doctor", name: nil, credential: nil, roles: nil,
                                       npi: NPI(validating: "1234567893"), active: nil)
    }

    /// The last audit record.
    public func lastAudit() throws -> AuditRecord { try store.auditRecords().last! }
}
