import Foundation
@testable import TendDomain

/// Shared builders for the domain tests.
enum Fixtures {
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let utc = TimeZone(identifier: "UTC")!

    static func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }
    static func code(_ text: String) -> ICD10Code { try! ICD10Code(validating: text) }
    static func month(_ text: String) -> YearMonth { try! YearMonth.parse(text) }
    static let patientID = try! PatientID.validate("P7K3X9Q2")

    /// An instant from ISO 8601 text with offset, e.g. `2026-03-31T23:30:00-04:00`.
    static func instant(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    static let table = try! ChronicConditionTable.bundled()
    static let fees = try! FeeSchedule.bundledDefault()
    static let engine = BillingEngine(feeSchedule: fees)

    static func consent(_ date: String, practitioner: String? = "drlee", disclosures: Set<Disclosure> = Set(Disclosure.allCases),
                        declined: Bool = false, revokedOn: String? = nil) -> Consent {
        Consent(date: Fixtures.date(date), method: .verbal, obtainedBy: "nurse1", billingPractitioner: practitioner,
                disclosuresGiven: disclosures, declined: declined, revokedOn: revokedOn.map(Fixtures.date),
                recordedAt: instant("\(date)T12:00:00Z"))
    }

    /// A patient for whom every gate passes in March 2026 (consent 2026-01-05, visit 2025-12-01,
    /// plan established and shared 2026-01-10).
    static func readyPatient() -> Patient {
        Patient(id: patientID, name: try! PersonName.parse("Rivera, Ana"), dateOfBirth: date("1950-06-15"),
                conditions: [code("E11.9"), code("I10")], careManager: "nurse1", billingPractitioner: "drlee",
                visits: [QualifyingVisit(date: date("2025-12-01"), kind: .em)],
                consents: [consent("2026-01-05")],
                plan: CarePlanSummary(establishedOn: date("2026-01-10"), sharedOn: [date("2026-01-10")],
                                      lastRevisionAt: instant("2026-01-10T15:00:00Z"), lastRevisionBy: "nurse1",
                                      missingElements: []),
                createdAt: instant("2026-01-02T12:00:00Z"))
    }

    /// An entry of `minutes` (plus `extraSeconds`) starting at `start`.
    static func entry(_ start: String, minutes: Int, extraSeconds: Int = 0, credential: Credential = .RN,
                      staff: String? = nil, patient: PatientID = patientID, status: EntryStatus = .active,
                      id: String? = nil) -> TimeEntry {
        let begin = instant(start)
        let entryID = id ?? nextID()
        return TimeEntry(id: try! EntryID.validate(entryID), patientId: patient,
                         staff: staff ?? (credential.isPractitioner ? "drlee" : "nurse1"), credential: credential,
                         start: begin, end: begin.addingTimeInterval(TimeInterval(minutes * 60 + extraSeconds)),
                         activity: .call, note: "called patient", conditions: [code("E11.9")], source: .stopwatch,
                         recordedBy: "nurse1", recordedAt: begin, status: status)
    }

    static func nextID() -> String {
        var generator = SystemRandomNumberGenerator()
        return EntryID.random(using: &generator).rawValue
    }

    /// Facts for March 2026 with `clinical` RN minutes and `practitioner` MD minutes (one entry each, on different days).
    static func facts(clinical: Int = 0, practitioner: Int = 0, complex: Bool = false, patient: Patient = readyPatient(),
                      month: String = "2026-03", flags: PatientMonthFlags? = nil, extra: [TimeEntry] = []) -> PatientMonthFacts {
        var entries: [TimeEntry] = []
        if clinical > 0 { entries.append(entry("\(month)-10T14:00:00Z", minutes: clinical, credential: .RN, patient: patient.id)) }
        if practitioner > 0 { entries.append(entry("\(month)-12T14:00:00Z", minutes: practitioner, credential: .MD, patient: patient.id)) }
        var monthFlags = flags
        if complex {
            monthFlags = PatientMonthFlags(patientId: patient.id, month: Fixtures.month(month),
                                           complex: ComplexMark(by: "drlee", recordedBy: "drlee", at: instant("\(month)-20T12:00:00Z")),
                                           billedElsewhere: flags?.billedElsewhere)
        }
        return PatientMonthFacts(month: Fixtures.month(month), timeZone: newYork, patient: patient,
                                 eligibility: Eligibility.evaluate(patient.conditions, table: table),
                                 entries: entries + extra, flags: monthFlags)
    }
}

extension Decimal {
    init(_ text: String) { self = Decimal(string: text)! }
}
