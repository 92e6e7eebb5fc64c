import Foundation
import TendDomain
import TendServices

/// `tend patient list/show --format json`: one patient.
struct PatientOutput: Encodable {
    var id: String
    var name: String
    var family: String
    var given: String
    var dateOfBirth: String
    var mrn: String?
    var mbi: String?
    var phone: String?
    var language: String?
    var conditions: [String]
    /// SNOMED CT problems (from a FHIR import); absent when none.
    var snomedProblems: [String]?
    var careManager: String?
    var billingPractitioner: String?
    var lastVisit: String?
    var enrollment: String
    var consent: String
    var carePlanEstablishedOn: String?
    var carePlanSharedOn: [String]
    var carePlanMissing: [String]
    var eligible: Bool
    var version: Int

    init(_ p: Patient, eligibility: EligibilityResult) {
        id = p.id.rawValue
        name = p.name.displayName
        family = p.name.family
        given = p.name.given
        dateOfBirth = p.dateOfBirth.description
        mrn = p.mrn
        mbi = p.mbi?.rawValue
        phone = p.phone?.rawValue
        language = p.language
        conditions = p.conditions.map(\.rawValue)
        snomedProblems = p.snomedProblems.flatMap { $0.isEmpty ? nil : $0.map(\.rawValue) }
        careManager = p.careManager
        billingPractitioner = p.billingPractitioner
        lastVisit = p.lastVisit?.description
        enrollment = p.status.rawValue
        consent = ConsentText.summary(p)
        carePlanEstablishedOn = p.plan.establishedOn?.description
        carePlanSharedOn = p.plan.sharedOn.map(\.description)
        carePlanMissing = p.plan.missingElements.map(\.rawValue)
        eligible = eligibility.isEligible
        version = p.version
    }
}

extension PatientOutput {
    /// The problem list for a table cell: ICD-10-CM codes, then `SNOMED code` for each SNOMED CT problem.
    var problemCell: String {
        (conditions + (snomedProblems ?? []).map { "SNOMED \($0)" }).joined(separator: " ")
    }
}

extension CategoryMatch {
    /// The codes of the match as text: ICD-10-CM codes, then `SNOMED code`.
    var codeTexts: [String] { codes.map(\.rawValue) + (snomedCodes ?? []).map { "SNOMED \($0)" } }
}

/// A one-line consent summary for tables.
enum ConsentText {
    static func summary(_ p: Patient) -> String {
        guard let c = p.latestConsent else { return "none" }
        if c.declined { return "declined \(c.date)" }
        if let revoked = c.revokedOn { return "revoked \(revoked)" }
        if !c.counts { return "incomplete \(c.date) (missing \(c.missingDisclosures.map(\.rawValue).joined(separator: ", ")))" }
        if c.billingPractitioner != p.billingPractitioner { return "stale \(c.date) (billing practitioner changed)" }
        return "\(c.method.rawValue) \(c.date)"
    }
}

/// `tend time list --format json`: one entry.
struct EntryOutput: Encodable {
    var id: String
    var patientId: String
    var staff: String
    var credential: String
    var bucket: String
    var start: String
    var end: String
    var seconds: Int
    var activity: String
    var note: String
    var conditions: [String]
    var source: String
    var reason: String?
    var recordedBy: String
    var recordedAt: String
    var splitGroup: String?
    var voided: Bool

    init(_ e: TimeEntry) {
        id = e.id.rawValue
        patientId = e.patientId.rawValue
        staff = e.staff
        credential = e.credential.rawValue
        bucket = e.bucket.rawValue
        start = Instants.iso(e.start)
        end = Instants.iso(e.end)
        seconds = e.seconds
        activity = e.activity.rawValue
        note = e.note
        conditions = e.conditions.map(\.rawValue)
        switch e.source {
        case .stopwatch: source = "stopwatch"; reason = nil
        case .manual(let why): source = "manual"; reason = why
        }
        recordedBy = e.recordedBy
        recordedAt = Instants.iso(e.recordedAt)
        splitGroup = e.splitGroup?.rawValue
        voided = e.isVoided
    }
}

/// An amendment of a closed month, as the JSON of `tend report month` and `tend export claims` show it.
struct AmendmentOutput: Encodable {
    var number: Int
    var patientId: String
    var action: String
    var summary: String
    var reason: String
    var by: String
    var at: String

    init(_ a: MonthAmendment) {
        number = a.number
        patientId = a.patientId.rawValue
        action = a.action
        summary = a.summary
        reason = a.reason
        by = a.by
        at = Instants.iso(a.at)
    }
}

/// `tend report month --format json`.
struct ReportOutput: Encodable {
    struct Code: Encodable { var code: String; var units: Int }
    struct Alternative: Encodable { var set: String; var codes: [Code]; var payment: Decimal }
    struct Line: Encodable {
        var id: String
        var mrn: String?
        var name: String
        var dateOfBirth: String
        var careManager: String?
        var clinicalMinutes: Int
        var practitionerMinutes: Int
        var totalMinutes: Int
        var complex: Bool
        var codes: [Code]
        var payment: Decimal
        var alternatives: [Alternative]
        var blockers: [String]
        var notCounted: NotCountedOutput? = nil
    }
    struct Totals: Encodable {
        var patients: Int
        var billable: Int
        var payment: Decimal
        var clinicalMinutes: Int
        var practitionerMinutes: Int
        var codes: [Code]
        var blockers: [String: Int]
        var notCountedSeconds = 0
    }
    var month: String
    var practice: String
    var feeSchedule: String
    var patients: [Line]
    var totals: Totals
    /// `open` or `closed`.
    var state: String
    /// Amendments made while the month was closed.
    var amendments: [AmendmentOutput]
    /// Patient-months a supervisor marked not billed: id → reason.
    var notBilled: [String: String]

    init(_ report: MonthReportView) {
        func codes(_ lines: [CodeLine]) -> [Code] { lines.map { Code(code: $0.code.rawValue, units: $0.units) } }
        month = report.month.description
        state = report.close.state.rawValue
        amendments = report.close.amendments.map(AmendmentOutput.init)
        notBilled = Dictionary(report.close.notBilled.map { ($0.patientId.rawValue, $0.reason) }, uniquingKeysWith: { a, _ in a })
        practice = report.practice
        feeSchedule = report.feeSchedule.name
        patients = report.lines.map { line in
            let r = line.result
            let others = r.isBillable ? r.alternatives : r.candidates
            return Line(id: line.patient.id.rawValue, mrn: line.patient.mrn, name: line.patient.name.displayName,
                        dateOfBirth: line.patient.dateOfBirth.description, careManager: line.patient.careManager,
                        clinicalMinutes: r.clinicalMinutes, practitionerMinutes: r.practitionerMinutes,
                        totalMinutes: r.totalMinutes, complex: r.complex, codes: codes(r.codes), payment: r.payment,
                        alternatives: others.map { Alternative(set: $0.kind.rawValue, codes: codes($0.lines), payment: $0.payment) },
                        blockers: r.blockers.map(\.rawValue),
                        notCounted: NotCountedOutput(line.notCounted))
        }
        let t = report.totals
        totals = Totals(patients: t.patients, billable: t.billable, payment: t.payment,
                        clinicalMinutes: t.clinicalMinutes, practitionerMinutes: t.practitionerMinutes,
                        codes: t.codes.map { Code(code: $0.code.rawValue, units: $0.units) },
                        blockers: Dictionary(t.blockers.map { ($0.gate.rawValue, $0.patients) }, uniquingKeysWith: +),
                        notCountedSeconds: report.lines.reduce(0) { $0 + $1.notCounted.seconds })
    }
}
