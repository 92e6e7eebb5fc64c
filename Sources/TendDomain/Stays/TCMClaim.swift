import Foundation

/// Turns an earned TCM into its claim line (rules §9; docs/rules.md "Stays and care transitions").
public enum TCMClaim {
    /// The claim line of `status` (earned TCM), or the problems that block it: no MBI, or a
    /// visit practitioner missing from the roster, without an NPI or with one whose check digit
    /// fails. The date of service is the face-to-face visit's date; the practitioner is the
    /// visit's; the diagnoses are the patient's problem list; the month is the visit's month.
    public static func line(patient: Patient, status: TransitionStatus, practitioner: StaffMember?,
                            feeSchedule: FeeSchedule, amendments: [Int]) -> Result<ClaimLine, ClaimProblem>? {
        guard case .earned(let code, let month, let login) = status.outcome,
              let visit = status.stay.transition.visitDate else { return nil }
        var problems: [String] = []
        if patient.mbi == nil { problems.append("no MBI on the patient's record (tend patient update \(patient.id) --mbi ...)") }
        var npi = ""
        if let member = practitioner {
            if let raw = member.npi?.rawValue, (try? NPI(validating: raw)) != nil { npi = raw } else {
                problems.append("TCM practitioner \(member.login) has no valid NPI (tend staff update \(member.login) --npi NNNNNNNNNN)")
            }
        } else {
            problems.append("TCM practitioner \(login ?? "(none)") is not on the staff roster")
        }
        guard problems.isEmpty, let mbi = patient.mbi, let member = practitioner else {
            return .failure(ClaimProblem(patientId: patient.id, name: patient.name.displayName,
                                         message: "TCM \(code.rawValue) for stay \(status.stay.id): " + problems.joined(separator: "; ")))
        }
        return .success(ClaimLine(month: month, patientId: patient.id, mrn: patient.mrn, mbi: mbi.rawValue,
                                  family: patient.name.family, given: patient.name.given, dateOfBirth: patient.dateOfBirth,
                                  dateOfService: visit, code: code, units: 1, diagnoses: patient.conditions,
                                  practitioner: member.login, practitionerName: member.name, npi: npi,
                                  payment: feeSchedule.fee(for: code).amount, feeStatus: feeSchedule.fee(for: code).status,
                                  amendments: amendments))
    }
}
