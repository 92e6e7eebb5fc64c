import Foundation
@testable import TendServices
import TendDomain
import TendStore

/// October 2026 set-ups for month-close tests (the fixture's clock is 2026-11-16).
extension ServicesFixture {
    var october: YearMonth { try! YearMonth.parse("2026-10") }
    var november: YearMonth { try! YearMonth.parse("2026-11") }
    /// 2026-10-05 10:00 New York.
    var octoberMorning: Date { date("2026-10-05T14:00:00Z") }

    /// A patient enrolled in October: AWV in September, consent and an established plan on
    /// 2026-10-05 (shared unless `share` is false), and `minutes` of the nurse's time that day.
    func octoberPatient(name: String = "Ramírez, José", mbi: String? = "1EG4TE5MK73", minutes: Int = 25,
                        consent: Bool = true, share: Bool = true) throws -> PatientID {
        let nurse = try session(self.nurse, at: octoberMorning)
        added += 1
        let id = try nurse.addPatient(PatientDraft(
            name: name, dateOfBirth: LocalDate.parse("1950-03-04").adding(days: added - 1).description, mrn: "M\(UUID().uuidString.prefix(8))", mbi: mbi,
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
    func logOctober(_ id: PatientID, minutes: Int, account: Account? = nil, amend: String? = nil) throws -> [TimeEntry] {
        try session(account ?? nurse).logTime(id, TimeRequest(span: .minutes(minutes, on: LocalDate.parse("2026-10-06")),
                                                              activity: .call, note: "Reviewed BP log"), amendReason: amend)
    }

    /// Gives the doctor a valid NPI (the CMS example 1234567893).
    func giveDoctorNPI() throws {
        try session(admin).updateStaff(login: "doctor", name: nil, credential: nil, roles: nil,
                                       npi: NPI(validating: "1234567893"), active: nil)
    }

    /// The last audit record.
    func lastAudit() throws -> AuditRecord { try store.auditRecords().last! }
}
