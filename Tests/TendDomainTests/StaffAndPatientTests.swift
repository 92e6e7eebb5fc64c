import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Staff and patients")
struct StaffAndPatientTests {
    @Test("credential buckets", arguments: [
        (Credential.RN, TimeBucket.clinicalStaff), (.LPN, .clinicalStaff), (.MA, .clinicalStaff),
        (.MD, .practitioner), (.DO, .practitioner), (.NP, .practitioner), (.PA, .practitioner), (.CNS, .practitioner),
    ])
    func buckets(credential: Credential, bucket: TimeBucket) {
        #expect(credential.bucket == bucket)
        #expect(credential.isPractitioner == (bucket == .practitioner))
    }

    @Test("logins", arguments: [("nurse1", true), ("_svc", true), ("J.Smith-2", true), ("1nurse", false), ("", false),
                                ("a b", false), ("émile", false), (String(repeating: "a", count: 32), true), (String(repeating: "a", count: 33), false)])
    func logins(login: String, valid: Bool) {
        if valid {
            #expect(throws: Never.self) { try StaffMember.validateLogin(login) }
        } else {
            #expect(throws: DomainError.self) { try StaffMember.validateLogin(login) }
        }
    }

    @Test func staffEncodesRolesSorted() throws {
        let staff = StaffMember(login: "drlee", name: "Dana Lee", credential: .MD, roles: [.supervisor, .practitioner, .admin],
                                npi: try NPI(validating: "1234567893"))
        #expect(staff.has(.practitioner))
        #expect(!staff.has(.nurse))
        let text = String(decoding: try JSONEncoder().encode(staff), as: UTF8.self)
        #expect(text.contains(#""roles":["practitioner","supervisor","admin"]"#))
        #expect(text.contains(#""credential":"MD""#))
        #expect(try JSONDecoder().decode(StaffMember.self, from: Data(text.utf8)) == staff)
    }

    @Test("age", arguments: [("1950-06-15", "2026-06-14", 75), ("1950-06-15", "2026-06-15", 76), ("2000-02-29", "2027-02-28", 26),
                             ("2000-02-29", "2027-03-01", 27), ("2000-02-29", "2028-02-29", 28)])
    func age(born: String, on: String, expected: Int) {
        var patient = Fixtures.readyPatient()
        patient.dateOfBirth = Fixtures.date(born)
        #expect(patient.age(on: Fixtures.date(on)) == expected)
    }

    @Test func enrollmentStatusIsLatest() {
        var patient = Fixtures.readyPatient()
        #expect(patient.status == .candidate)
        patient.enrollment = [EnrollmentChange(status: .enrolled, date: Fixtures.date("2026-01-05"), by: "nurse1"),
                              EnrollmentChange(status: .disenrolled, date: Fixtures.date("2026-04-01"), by: "nurse1", reason: "moved"),
                              EnrollmentChange(status: .enrolled, date: Fixtures.date("2026-02-01"), by: "nurse1")]
        #expect(patient.status == .disenrolled)
    }

    @Test func lastVisitIsLatestAndSettingRecordsIt() {
        var patient = Fixtures.readyPatient()
        patient.visits.append(QualifyingVisit(date: Fixtures.date("2024-05-01"), kind: .awv))
        #expect(patient.lastVisit?.date == Fixtures.date("2025-12-01"))
        patient.lastVisit = QualifyingVisit(date: Fixtures.date("2026-02-02"), kind: .ippe)
        #expect(patient.visits.count == 3)
        #expect(patient.lastVisit?.kind == .ippe)
    }

    @Test("visit parsing", arguments: [("2026-01-05", VisitKind.em), ("2026-01-05:AWV", .awv), ("2026-01-05:ippe", .ippe), ("2026-01-05:EM", .em)])
    func visits(text: String, kind: VisitKind) throws {
        let visit = try QualifyingVisit.parse(text)
        #expect(visit.kind == kind)
        #expect(visit.date == Fixtures.date("2026-01-05"))
    }

    @Test("bad visits", arguments: ["2026-1-5", "2026-01-05:TCM", "2026-01-05:AWV:x", ""])
    func badVisits(text: String) {
        #expect(throws: DomainError.self) { try QualifyingVisit.parse(text) }
    }

    @Test func callWindows() throws {
        let weekdays = try CallWindow.parse("mon-fri 9-17")
        #expect(weekdays.days == [.mon, .tue, .wed, .thu, .fri])
        #expect(weekdays.contains(weekday: .wed, hour: 16))
        #expect(!weekdays.contains(weekday: .wed, hour: 17))
        #expect(!weekdays.contains(weekday: .sat, hour: 10))
        #expect(try CallWindow.parse("thu,tue,tue 13-16").days == [.tue, .thu])
        for bad in ["mon-fri", "mon 17-9", "fri-mon 9-17", "xyz 9-17", "mon 9-25"] {
            #expect(throws: DomainError.self) { try CallWindow.parse(bad) }
        }
    }

    @Test func patientRoundTrips() throws {
        var patient = Fixtures.readyPatient()
        patient.mbi = try MBI(validating: "1EG4-TE5-MK73")
        patient.phone = try PhoneNumber(validating: "(555) 123-4567")
        patient.callWindow = try CallWindow.parse("mon-fri 9-17")
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(Patient.self, from: encoder.encode(patient)) == patient)
    }
}
