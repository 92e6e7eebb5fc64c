import Foundation
import TendDomain
@testable import TendFHIR

/// A patient with every field tend exports, a saved plan with goals and interventions, consents
/// and a claim line: the input of the mapping tests. `family` and `planText` may be hostile.
struct ExportSample {
    var patient: Patient
    var plan: CarePlan
    var line: ClaimLine
    var context: FHIRExportContext

    static let at = Date(timeIntervalSince1970: 1_791_208_800) // 2026-10-05 14:00 UTC

    init(family: String = "Ramírez", given: String = "José", mrn: String? = "M000001", planText: String = "Diabetes; hypertension",
         goalText: String = "Lower A1c", responsible: String = "Nina Nurse") throws {
        let doctor = StaffMember(login: "doctor", name: "Dee Doctor", credential: .MD, roles: [.practitioner],
                                 npi: try NPI(validating: "1234567893"))
        context = FHIRExportContext(mrnSystem: "urn:oid:1.2.3.4", staff: [doctor], timeZone: TimeZone(identifier: "America/New_York")!)
        let id = try PatientID.validate("PF000001")
        let consent = Consent(date: try LocalDate.parse("2026-10-05"), method: .verbal, obtainedBy: "nurse", billingPractitioner: "doctor",
                              recordedAt: Self.at)
        var revoked = Consent(date: try LocalDate.parse("2026-01-10"), method: .written, obtainedBy: "nurse", billingPractitioner: "doctor",
                              disclosuresGiven: [.availability, .costSharing], revokedOn: try LocalDate.parse("2026-03-01"),
                              recordedAt: Self.at, program: .pcm)
        revoked.declined = false
        patient = Patient(id: id, name: try PersonName(family: family, given: given), dateOfBirth: try LocalDate.parse("1950-03-04"),
                          mrn: mrn, mbi: try MBI(validating: "1EG4TE5MK73"), phone: try PhoneNumber(validating: "555-0100"),
                          language: "es", conditions: [try ICD10Code(validating: "E11.9"), try ICD10Code(validating: "I10")],
                          careManager: "nurse", billingPractitioner: "doctor",
                          enrollment: [EnrollmentChange(status: .enrolled, date: try LocalDate.parse("2026-10-05"), by: "nurse")],
                          consents: [revoked, consent], createdAt: Self.at)
        plan = CarePlan(patientId: id)
        plan.apply([.setElement(.problems, text: planText),
                    .addGoal(Goal(id: 1, text: goalText, target: "< 7.5%", due: try LocalDate.parse("2027-06-30"))),
                    .addGoal(Goal(id: 2, text: "Walk", target: "30 min a day", due: try LocalDate.parse("2027-01-31"), status: .met)),
                    .addIntervention(Intervention(text: "Call every two weeks", responsible: responsible))],
                   author: "nurse", at: Self.at)
        line = ClaimLine(month: try YearMonth.parse("2026-10"), patientId: id, mrn: mrn, mbi: "1EG4TE5MK73", family: family, given: given,
                         dateOfBirth: try LocalDate.parse("1950-03-04"), dateOfService: try LocalDate.parse("2026-10-31"), code: .c99490,
                         units: 1, diagnoses: [try ICD10Code(validating: "E11.9")], practitioner: "doctor", practitionerName: "Dee Doctor",
                         npi: "1234567893", payment: 60, amendments: [])
    }

    /// Every resource the export writes for the sample, by type, as parsed JSON objects.
    func resources() throws -> [(type: String, json: [String: Any], line: Data)] {
        var out: [(String, Encodable)] = [("Patient", FHIRPatientOut(patient, context: context))]
        for code in patient.conditions { out.append(("Condition", FHIRConditionOut(code, of: patient, categoryName: "Diabetes", context: context))) }
        out.append(("CarePlan", FHIRCarePlanOut(plan, of: patient, context: context)!))
        for goal in plan.goals { out.append(("Goal", FHIRGoalOut(goal, of: patient, context: context))) }
        for (i, consent) in patient.consents.enumerated() {
            out.append(("Consent", FHIRConsentOut(consent, number: i + 1, of: patient, context: context)))
        }
        out.append(("ChargeItem", FHIRChargeItemOut(line, of: patient, context: context)))
        out.append(("DocumentReference", FHIRDocumentReferenceOut(packetText: "AUDIT PACKET\n\(patient.name.displayName)\n", month: line.month,
                                                                  of: patient, assembledAt: Self.at, context: context)))
        return try out.map { type, resource in
            let data = try FHIRBulkOutput.line(resource)
            let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            return (type, json, data)
        }
    }
}
