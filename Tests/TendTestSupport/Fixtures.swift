import Foundation
import TendDomain

/// Builders of domain values (no store): dates, codes, a patient every gate passes, time
/// entries and month facts, all with fixed identifiers.
public enum Fixtures {
    /// America/New_York.
    public static let newYork = TimeZone(identifier: "America/New_York")!
    /// UTC.
    public static let utc = TimeZone(identifier: "UTC")!

    /// The date of `YYYY-MM-DD` text.
    public static func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }
    /// The ICD-10 code of `text`.
    public static func code(_ text: String) -> ICD10Code { try! ICD10Code(validating: text) }
    /// The month of `YYYY-MM` text.
    public static func month(_ text: String) -> YearMonth { try! YearMonth.parse(text) }
    /// The id of `readyPatient()`.
    public static let patientID = try! PatientID.validate("P7K3X9Q2")

    /// An instant from ISO 8601 text with offset, e.g. `2026-03-31T23:30:00-04:00`.
    public static func instant(_ text: String) -> Date { FixedInstant.parse(text) }

    /// The bundled chronic-condition table.
    public static let table = try! ChronicConditionTable.bundled()
    /// The bundled default fee schedule.
    public static let fees = try! FeeSchedule.bundledDefault()
    /// A billing engine on `fees`.
    public static let engine = BillingEngine(feeSchedule: fees)

    /// A verbal consent dated `date`, obtained by nurse1, with every disclosure unless told otherwise.
    public static func consent(_ date: String, practitioner: String? = "drlee", disclosures: Set<Disclosure> = Set(Disclosure.allCases),
                               declined: Bool = false, revokedOn: String? = nil) -> Consent {
        Consent(date: Fixtures.date(date), method: .verbal, obtainedBy: "nurse1", billingPractitioner: practitioner,
                disclosuresGiven: disclosures, declined: declined, revokedOn: revokedOn.map(Fixtures.date),
                recordedAt: instant("\(date)T12:00:00Z"))
    }

    /// A patient for whom every gate passes in March 2026 (consent 2026-01-05, visit 2025-12-01,
    /// plan established and shared 2026-01-10).
    public static func readyPatient() -> Patient {
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
    public static func entry(_ start: String, minutes: Int, extraSeconds: Int = 0, credential: Credential = .RN,
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

    /// A new entry id, distinct from every other this process made: `TFX00000001`, `TFX00000002`, ...
    public static func nextID() -> String { String(format: "TFX%08d", entryNumbers.next()) }

    private static let entryNumbers = FixtureCounter()

    /// Facts for March 2026 with `clinical` RN minutes and `practitioner` MD minutes (one entry each, on different days).
    public static func facts(clinical: Int = 0, practitioner: Int = 0, complex: Bool = false, patient: Patient = readyPatient(),
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
    /// The decimal of `text` (a fixture's literal amount).
    public init(_ text: String) { self = Decimal(string: text)! }
}
