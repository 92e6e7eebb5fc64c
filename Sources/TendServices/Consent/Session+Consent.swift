import Foundation
import TendDomain
import TendStore

extension Session {
    /// Records a consent conversation for `program` (rules §2, §9). A counting consent enrolls
    /// the patient; a declined one marks them declined unless a consent for another program
    /// stands. The consent names the patient's current billing practitioner, since a change of
    /// practitioner needs a new consent. `notGiven` names the disclosures of
    /// `Disclosure.required(for: program)` that were not given; the others are recorded as given.
    @discardableResult
    public func recordConsent(_ id: PatientID, date: LocalDate, method: ConsentMethod,
                              notGiven: Set<Disclosure>, declined: Bool, program: CareProgram = .ccm) throws -> Consent {
        let me = try require(.consentRecord, patient: id, doing: "recording consent")
        guard date <= today else { throw DomainError("the consent date \(date) is in the future") }
        return try store.commit(account, action: .consentRecord, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            let previous = patient
            let standing = Self.standingConsents(of: patient)
            if declined, let same = standing.first(where: { $0.program == program }) {
                throw DomainError("\(patient.messageText) has a standing \(program.name) consent from \(same.date); to stop \(program.name) record a revocation: tend consent revoke \(id) --program \(program.rawValue) --date D")
            }
            let consent = Consent(date: date, method: method, obtainedBy: me.login,
                                  billingPractitioner: patient.billingPractitioner,
                                  disclosuresGiven: Set(Disclosure.required(for: program)).subtracting(notGiven),
                                  declined: declined, recordedAt: now, program: program)
            patient.consents.append(consent)
            if declined {
                // Declining one program does not end another that stands.
                if standing.isEmpty {
                    patient.enrollment.append(EnrollmentChange(status: .declined, date: date, by: me.login))
                }
            } else if consent.counts {
                patient.enrollment.append(EnrollmentChange(status: .enrolled, date: date, by: me.login))
            }
            patient.version += 1
            try change.put(patient, replacing: previous)
            let missing = consent.missingDisclosures.map(\.rawValue).joined(separator: ", ")
            let name = program.name
            change.summary = declined ? "recorded that \(id) declined \(name) on \(date)"
                : consent.counts ? "recorded \(method.rawValue) \(name) consent of \(id) on \(date)"
                : "recorded \(method.rawValue) \(name) consent of \(id) on \(date) without: \(missing) (does not count)"
            change.describe(consent)
            return consent
        }
    }

    /// Consents that count and are not revoked, for the patient's current billing practitioner.
    static func standingConsents(of patient: Patient) -> [Consent] {
        patient.consents.filter { $0.counts && $0.revokedOn == nil && $0.billingPractitioner == patient.billingPractitioner }
    }

    /// Records that the patient revoked their consent to `program` (default: the program in
    /// force in the revocation's month) on a date: that month stays billable, the following
    /// months are not. The patient is disenrolled when no consent to another program stands.
    @discardableResult
    public func revokeConsent(_ id: PatientID, date: LocalDate, program: CareProgram? = nil) throws -> Consent {
        let me = try require(.consentRevoke, patient: id, doing: "recording a revocation")
        guard date <= today else { throw DomainError("the revocation date \(date) is in the future") }
        return try store.commit(account, action: .consentRevoke, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            let previous = patient
            let program = program ?? patient.program(in: date.yearMonth)
            guard let index = patient.consents.lastIndex(where: { $0.program == program && $0.counts && $0.revokedOn == nil }) else {
                let others = Set(Self.standingConsents(of: patient).map(\.program)).sorted().map(\.rawValue)
                throw DomainError("\(patient.messageText) has no standing \(program.name) consent to revoke"
                                  + (others.isEmpty ? "" : " (standing: \(others.map { $0.uppercased() }.joined(separator: ", ")); name it with --program \(others[0]))"))
            }
            guard date >= patient.consents[index].date else {
                throw DomainError("the revocation date \(date) is before the consent date \(patient.consents[index].date)")
            }
            patient.consents[index].revokedOn = date
            if !Self.standingConsents(of: patient).contains(where: { $0.program != program }) {
                patient.enrollment.append(EnrollmentChange(status: .disenrolled, date: date, by: me.login,
                                                           reason: "\(program.name) consent revoked; effective at the end of \(date.yearMonth)"))
            }
            patient.version += 1
            try change.put(patient, replacing: previous)
            change.summary = "recorded that \(id) revoked \(program.name) consent on \(date) (billable through \(date.yearMonth))"
            change.describe(patient.consents[index])
            return patient.consents[index]
        }
    }
}
