import Foundation

/// One line of a claims export: one billed code for one patient-month.
public struct ClaimLine: Codable, Equatable, Sendable {
    /// The month billed.
    public var month: YearMonth
    /// The patient.
    public var patientId: PatientID
    /// Medical record number.
    public var mrn: String?
    /// Medicare Beneficiary Identifier.
    public var mbi: String
    /// Family name.
    public var family: String
    /// Given name.
    public var given: String
    /// Date of birth.
    public var dateOfBirth: LocalDate
    /// Date of service: the last day of the calendar month (see docs/supervisor-guide.md).
    public var dateOfService: LocalDate
    /// The CPT code.
    public var code: CPTCode
    /// Units.
    public var units: Int
    /// ICD-10-CM codes addressed by the month's counting entries, in problem-list order.
    public var diagnoses: [ICD10Code]
    /// Login of the billing practitioner.
    public var practitioner: String
    /// The billing practitioner's name.
    public var practitionerName: String
    /// The billing practitioner's NPI (check digit verified).
    public var npi: String
    /// Expected payment for this line: fee × units under the schedule used.
    public var payment: Decimal
    /// Numbers of the month's amendments about this patient.
    public var amendments: [Int]

    /// Creates a line.
    public init(month: YearMonth, patientId: PatientID, mrn: String?, mbi: String, family: String, given: String,
                dateOfBirth: LocalDate, dateOfService: LocalDate, code: CPTCode, units: Int, diagnoses: [ICD10Code],
                practitioner: String, practitionerName: String, npi: String, payment: Decimal, amendments: [Int]) {
        self.month = month
        self.patientId = patientId
        self.mrn = mrn
        self.mbi = mbi
        self.family = family
        self.given = given
        self.dateOfBirth = dateOfBirth
        self.dateOfService = dateOfService
        self.code = code
        self.units = units
        self.diagnoses = diagnoses
        self.practitioner = practitioner
        self.practitionerName = practitionerName
        self.npi = npi
        self.payment = payment
        self.amendments = amendments
    }
}

/// A billable patient-month whose claim lines cannot be exported, with what to fix.
public struct ClaimProblem: Error, Codable, Equatable, Sendable {
    /// The patient.
    public var patientId: PatientID
    /// The patient's name.
    public var name: String
    /// What is missing or wrong.
    public var message: String

    /// Creates a problem.
    public init(patientId: PatientID, name: String, message: String) {
        self.patientId = patientId
        self.name = name
        self.message = message
    }
}

/// Turns a billable patient-month into claim lines (one per billed code).
public enum ClaimBuilder {
    /// The claim lines of a billable result, or the problems that block them: no MBI, no billing
    /// practitioner, a practitioner without an NPI or whose NPI fails its Luhn check digit.
    ///
    /// Diagnoses: see ``diagnoses(patient:result:entries:)``.
    public static func lines(patient: Patient, result: BillingResult, entries: [TimeEntry],
                             practitioner: StaffMember?, feeSchedule: FeeSchedule,
                             amendments: [Int]) -> Result<[ClaimLine], ClaimProblem> {
        var problems: [String] = []
        if patient.mbi == nil { problems.append("no MBI on the patient's record (tend patient update \(patient.id) --mbi ...)") }
        var npi = ""
        if let login = patient.billingPractitioner {
            if let member = practitioner {
                if let raw = member.npi?.rawValue {
                    if (try? NPI(validating: raw)) != nil { npi = raw } else {
                        problems.append("billing practitioner \(login) has an NPI whose check digit does not match (\(raw))")
                    }
                } else {
                    problems.append("billing practitioner \(login) has no NPI (tend staff update \(login) --npi NNNNNNNNNN)")
                }
            } else {
                problems.append("billing practitioner \(login) is not on the staff roster")
            }
        } else {
            problems.append("no billing practitioner on the patient's record")
        }
        guard problems.isEmpty, let mbi = patient.mbi, let login = patient.billingPractitioner, let member = practitioner else {
            return .failure(ClaimProblem(patientId: patient.id, name: patient.name.displayName,
                                         message: problems.joined(separator: "; ")))
        }
        let diagnoses = diagnoses(patient: patient, result: result, entries: entries)
        return .success(result.codes.map { line in
            ClaimLine(month: result.month, patientId: patient.id, mrn: patient.mrn, mbi: mbi.rawValue,
                      family: patient.name.family, given: patient.name.given, dateOfBirth: patient.dateOfBirth,
                      dateOfService: result.month.lastDay, code: line.code, units: line.units, diagnoses: diagnoses,
                      practitioner: login, practitionerName: member.name, npi: npi,
                      payment: feeSchedule.fee(for: line.code).amount * Decimal(line.units), amendments: amendments)
        })
    }

    /// The diagnoses of a month's claim lines: the conditions named by the month's counting
    /// entries, in the order of the patient's problem list (codes no longer on the list follow,
    /// sorted). PCM puts its enrolled condition first (the one the program manages). APCM, whose
    /// month may be documented by a call alone, uses the whole problem list when no counting
    /// entry names a condition.
    public static func diagnoses(patient: Patient, result: BillingResult, entries: [TimeEntry]) -> [ICD10Code] {
        let counting = Set(result.countingEntryIDs)
        let addressed = Set(entries.filter { counting.contains($0.id) }.flatMap(\.conditions))
        var diagnoses = patient.conditions.filter(addressed.contains) + addressed.subtracting(patient.conditions).sorted()
        switch result.program {
        case .ccm: break
        case .pcm:
            if let condition = patient.enrollment(in: result.month).condition {
                diagnoses = [condition] + diagnoses.filter { $0 != condition }
            }
        case .apcm:
            if diagnoses.isEmpty { diagnoses = patient.conditions }
        }
        return diagnoses
    }
}
