import Foundation
import TendDomain
import TendStore

extension Session {
    /// Records a consent conversation (rules §2). A counting consent enrolls the patient; a
    /// declined one marks them declined. The consent names the patient's current billing
    /// practitioner, since a change of practitioner needs a new consent.
    @discardableResult
    public func recordConsent(_ id: PatientID, date: LocalDate, method: ConsentMethod,
                              notGiven: Set<Disclosure>, declined: Bool) throws -> Consent {
        let me = try require(.consentRecord, patient: id, doing: "recording consent")
        guard date <= today else { throw DomainError("the consent date \(date) is in the future") }
        return try store.commit(account, action: .consentRecord, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            let previous = patient
            if declined, let standing = patient.consents.last(where: { $0.counts && $0.revokedOn == nil }),
               standing.billingPractitioner == patient.billingPractitioner {
                throw DomainError("\(patient.messageText) has a standing consent from \(standing.date); to stop CCM record a revocation: tend consent revoke \(id) --date D")
            }
            let consent = Consent(date: date, method: method, obtainedBy: me.login,
                                  billingPractitioner: patient.billingPractitioner,
                                  disclosuresGiven: Set(Disclosure.allCases).subtracting(notGiven),
                                  declined: declined, recordedAt: now)
            patient.consents.append(consent)
            if declined {
                patient.enrollment.append(EnrollmentChange(status: .declined, date: date, by: me.login))
            } else if consent.counts {
                patient.enrollment.append(EnrollmentChange(status: .enrolled, date: date, by: me.login))
            }
            patient.version += 1
            try change.put(patient, replacing: previous)
            let missing = consent.missingDisclosures.map(\.rawValue).joined(separator: ", ")
            change.summary = declined ? "recorded that \(id) declined CCM on \(date)"
                : consent.counts ? "recorded \(method.rawValue) consent of \(id) on \(date)"
                : "recorded \(method.rawValue) consent of \(id) on \(date) without: \(missing) (does not count)"
            change.describe(consent)
            return consent
        }
    }

    /// Records that the patient revoked consent on a date: that month stays billable, the
    /// following months are not.
    @discardableResult
    public func revokeConsent(_ id: PatientID, date: LocalDate) throws -> Consent {
        let me = try require(.consentRevoke, patient: id, doing: "recording a revocation")
        guard date <= today else { throw DomainError("the revocation date \(date) is in the future") }
        return try store.commit(account, action: .consentRevoke, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            let previous = patient
            guard let index = patient.consents.lastIndex(where: { $0.counts && $0.revokedOn == nil }) else {
                throw DomainError("\(patient.messageText) has no standing consent to revoke")
            }
            guard date >= patient.consents[index].date else {
                throw DomainError("the revocation date \(date) is before the consent date \(patient.consents[index].date)")
            }
            patient.consents[index].revokedOn = date
            patient.enrollment.append(EnrollmentChange(status: .disenrolled, date: date, by: me.login,
                                                       reason: "consent revoked; effective at the end of \(date.yearMonth)"))
            patient.version += 1
            try change.put(patient, replacing: previous)
            change.summary = "recorded that \(id) revoked consent on \(date) (billable through \(date.yearMonth))"
            change.describe(patient.consents[index])
            return patient.consents[index]
        }
    }
}
