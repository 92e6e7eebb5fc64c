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
    /// The program of the current month: ccm, pcm or apcm.
    var program: String
    /// PCM: the condition it manages.
    var programCondition: String?
    /// The consent for the current month's program, one line (`verbal 2026-10-02`, `none`, ...).
    var consent: String
    /// Qualified Medicare Beneficiary; nil = not recorded.
    var qmb: Bool?
    var carePlanEstablishedOn: String?
    var carePlanSharedOn: [String]
    var carePlanMissing: [String]
    var eligible: Bool
    var version: Int

    init(_ p: Patient, eligibility: EligibilityResult, month: YearMonth) {
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
        let current = p.enrollment(in: month)
        program = current.program.rawValue
        programCondition = current.condition?.rawValue
        consent = ConsentText.summary(p, program: current.program)
        qmb = p.qmb
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

/// A one-line consent summary for one program (the patient's program of the month): `none`,
/// `verbal 2026-10-02`, `declined …`, `revoked …`, `incomplete …`, `stale …`. `named` puts the
/// program first (`CCM verbal 2026-10-02`) for tables and messages.
enum ConsentText {
    static func summary(_ p: Patient, program: CareProgram) -> String {
        guard let c = p.consents.last(where: { $0.program == program }) else { return "none" }
        if c.declined { return "declined \(c.date)" }
        if let revoked = c.revokedOn { return "revoked \(revoked)" }
        if !c.counts { return "incomplete \(c.date) (missing \(c.missingDisclosures.map(\.rawValue).joined(separator: ", ")))" }
        if c.billingPractitioner != p.billingPractitioner { return "stale \(c.date) (billing practitioner changed)" }
        return "\(c.method.rawValue) \(c.date)"
    }

    /// `CCM verbal 2026-10-02`; `no PCM consent; on file: CCM` when only another program's
    /// consent is on file.
    static func named(_ p: Patient, program: CareProgram) -> String {
        guard !p.consents.contains(where: { $0.program == program }) else { return "\(program.name) \(summary(p, program: program))" }
        let others = Set(p.consents.map(\.program)).sorted().map(\.name)
        return "no \(program.name) consent" + (others.isEmpty ? "" : "; on file: \(others.joined(separator: ", "))")
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
    /// A patient's warning: `unpriced` with the billed codes that have no confirmed amount.
    struct Warning: Encodable { var id: String; var codes: [UnpricedFeeOutput] }
    /// A report-level warning (`unpriced`), with its message.
    struct ReportWarning: Encodable { var id: String; var message: String }
    struct Alternative: Encodable { var set: String; var codes: [Code]; var payment: Decimal }
    struct Line: Encodable {
        var id: String
        var mrn: String?
        var name: String
        var dateOfBirth: String
        var careManager: String?
        /// The program the month is billed under: `ccm`, `pcm` or `apcm`.
        var program: String
        var clinicalMinutes: Int
        var practitionerMinutes: Int
        var totalMinutes: Int
        var complex: Bool
        var codes: [Code]
        var payment: Decimal
        var alternatives: [Alternative]
        var blockers: [String]
        var notCounted: NotCountedOutput? = nil
        /// Care transitions whose 30-day period overlaps the month or whose TCM it bills.
        var transitions: [TransitionRecord] = []
        var warnings: [Warning] = []
    }
    /// The month's TCM: units per code, expected payment, codes without a fee.
    struct TCMTotals: Encodable {
        var codes: [Code]
        var payment: Decimal
        var unpriced: [String]
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
        var tcm: TCMTotals? = nil
    }
    var month: String
    var practice: String
    var feeSchedule: String
    /// The calendar year whose schedule prices the month.
    var feeYear: Int
    var patients: [Line]
    var totals: Totals
    /// Month-level warnings: `unpriced` when the year has no schedule or a patient is unpriced.
    var warnings: [ReportWarning]
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
        feeYear = report.month.year
        warnings = report.pricingWarning.map { [ReportWarning(id: "unpriced", message: $0)] } ?? []
        patients = report.lines.map { line in
            let r = line.result
            let others = r.isBillable ? r.alternatives : r.candidates
            return Line(id: line.patient.id.rawValue, mrn: line.patient.mrn, name: line.patient.name.displayName,
                        dateOfBirth: line.patient.dateOfBirth.description, careManager: line.patient.careManager,
                        program: r.program.rawValue, clinicalMinutes: r.clinicalMinutes, practitionerMinutes: r.practitionerMinutes,
                        totalMinutes: r.totalMinutes, complex: r.complex, codes: codes(r.codes), payment: r.payment,
                        alternatives: others.map { Alternative(set: $0.kind.rawValue, codes: codes($0.lines), payment: $0.payment) },
                        blockers: r.blockers.map(\.rawValue),
                        notCounted: NotCountedOutput(line.notCounted),
                        transitions: line.transitions.map { TransitionRecord($0, schedule: report.feeSchedule) },
                        warnings: line.unpriced.isEmpty ? [] : [Warning(id: "unpriced", codes: line.unpriced.map(UnpricedFeeOutput.init))])
        }
        let t = report.totals
        let tcmCodes = report.tcm.compactMap(\.status.code)
        totals = Totals(patients: t.patients, billable: t.billable, payment: t.payment,
                        clinicalMinutes: t.clinicalMinutes, practitionerMinutes: t.practitionerMinutes,
                        codes: t.codes.map { Code(code: $0.code.rawValue, units: $0.units) },
                        blockers: Dictionary(t.blockers.map { ($0.gate.rawValue, $0.patients) }, uniquingKeysWith: +),
                        notCountedSeconds: report.lines.reduce(0) { $0 + $1.notCounted.seconds },
                        tcm: TCMTotals(codes: Array(Set(tcmCodes)).sorted().map { code in Code(code: code.rawValue, units: tcmCodes.filter { $0 == code }.count) },
                                       payment: report.tcmPayment, unpriced: report.unpricedTCM.map(\.rawValue)))
    }
}

/// A billed code without a confirmed amount, in JSON: `{"code": "99439", "status": "unconfirmed"}`.
struct UnpricedFeeOutput: Encodable {
    var code: String
    /// `unconfirmed` or `not-entered`.
    var status: String

    init(_ unpriced: UnpricedCode) {
        code = unpriced.code.rawValue
        status = unpriced.status.rawValue
    }
}
