import Foundation
import TendTestSupport
@testable import TendDomain

/// Builders for the call-list tests: March 2026 in New York, nurse1's patients.
enum CallFixtures {
    static let month = Fixtures.month("2026-03")
    static let zone = Fixtures.newYork
    /// Tuesday 10 March 2026, 15:00 local (EDT).
    static let now = Fixtures.instant("2026-03-10T15:00:00-04:00")

    /// An enrolled patient (consent 2026-01-05) with a valid id made from `number` (1-9).
    static func patient(_ number: Int, _ name: String, careManager: String? = "nurse1",
                        status: EnrollmentStatus = .enrolled, window: String? = nil) -> Patient {
        var patient = Fixtures.readyPatient()
        patient.id = id(number)
        patient.name = try! PersonName.parse(name)
        patient.careManager = careManager
        patient.callWindow = window.map { try! CallWindow.parse($0) }
        patient.enrollment = [EnrollmentChange(status: status, date: Fixtures.date("2026-01-05"), by: "nurse1")]
        return patient
    }

    static func id(_ number: Int) -> PatientID { try! PatientID.validate("P000000\(number)") }

    /// An RN entry of `minutes` (plus seconds) for patient `number` on 2 March.
    static func minutes(_ minutes: Int, seconds: Int = 0, for number: Int, credential: Credential = .RN,
                        day: String = "2026-03-02") -> TimeEntry {
        Fixtures.entry("\(day)T14:00:00Z", minutes: minutes, extraSeconds: seconds, credential: credential,
                       patient: id(number))
    }

    /// A call attempt to patient `number` at local ISO time `at`.
    static func attempt(_ number: Int, _ result: CallResult, at: String, callBackAt: String? = nil,
                        id: String? = nil) -> CallAttempt {
        CallAttempt(id: id ?? "C\(number)\(at)", patientId: self.id(number), staff: "nurse1",
                    at: Fixtures.instant(at), result: result, callBackAt: callBackAt.map(Fixtures.instant))
    }

    /// Ranks for nurse1 in March 2026 at `now`.
    static func rank(_ patients: [Patient], entries: [TimeEntry] = [], attempts: [CallAttempt] = [],
                     careManager: String? = "nurse1", now: Date = now) -> [CallListEntry] {
        CallListRanking.rank(patients: patients, entries: entries, attempts: attempts, careManager: careManager,
                             month: month, now: now, timeZone: zone)
    }

    /// Family names in list order.
    static func names(_ list: [CallListEntry]) -> [String] { list.map(\.patient.name.family) }
}
