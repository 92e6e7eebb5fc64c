import Foundation
import TendDomain

/// The fields of a new patient as typed or imported, before validation.
public struct PatientDraft: Sendable {
    /// "Family, Given".
    public var name: String
    /// YYYY-MM-DD.
    public var dateOfBirth: String
    /// Medical record number.
    public var mrn: String?
    /// Medicare Beneficiary Identifier.
    public var mbi: String?
    /// Phone number.
    public var phone: String?
    /// ICD-10-CM codes.
    public var conditions: [String]
    /// Login of the care manager.
    public var careManager: String?
    /// Login of the billing practitioner.
    public var billingPractitioner: String?
    /// "YYYY-MM-DD[:AWV|IPPE|EM]".
    public var lastVisit: String?
    /// Preferred language.
    public var language: String?
    /// Preferred call window, e.g. "mon-fri 9-12".
    public var callWindow: String?
    /// Why this is a different person from a patient with the same name and date of birth
    /// (required, and audited, only when there is one).
    public var differentPerson: String?
    /// Qualified Medicare Beneficiary: yes/no/true/false/1/0 (``parseQMB(_:)``); nil = not recorded.
    public var qmb: String?

    /// Creates a draft.
    public init(name: String, dateOfBirth: String, mrn: String? = nil, mbi: String? = nil, phone: String? = nil,
                conditions: [String] = [], careManager: String? = nil, billingPractitioner: String? = nil,
                lastVisit: String? = nil, language: String? = nil, callWindow: String? = nil,
                differentPerson: String? = nil, qmb: String? = nil) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.mrn = mrn
        self.mbi = mbi
        self.phone = phone
        self.conditions = conditions
        self.careManager = careManager
        self.billingPractitioner = billingPractitioner
        self.lastVisit = lastVisit
        self.language = language
        self.callWindow = callWindow
        self.differentPerson = differentPerson
        self.qmb = qmb
    }

    /// Parses a Qualified Medicare Beneficiary answer: yes, no, true, false, 1 or 0 (any case).
    public static func parseQMB(_ text: String) throws -> Bool {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "true", "1": return true
        case "no", "false", "0": return false
        default: throw DomainError("'\(TextSafety.printable(text, maxLength: 40))' is not yes or no (yes, no, true, false, 1 or 0)")
        }
    }

    /// Validates every field, collecting all problems into one error that names each field.
    func validated(id: PatientID, roster: StaffRosterView, today: LocalDate, now: Date) throws -> Patient {
        var problems: [String] = []
        func attempt<T>(_ field: String, _ body: () throws -> T) -> T? {
            do { return try body() } catch { problems.append("\(field): \(error)"); return nil }
        }
        let name = attempt("name") { try PersonName.parse(self.name) }
        let dob = attempt("date of birth") { try LocalDate.parse(dateOfBirth.trimmingCharacters(in: .whitespaces)) }
        if let dob, dob > today { problems.append("date of birth: \(dob) is in the future") }
        let mrn: String? = attempt("MRN") { try Self.cleanMRN(self.mrn) } ?? nil
        let mbi: MBI? = attempt("MBI") { try self.mbi.flatMap { $0.isEmpty ? nil : try MBI(validating: $0) } } ?? nil
        let phone: PhoneNumber? = attempt("phone") { try self.phone.flatMap { $0.isEmpty ? nil : try PhoneNumber(validating: $0) } } ?? nil
        var codes: [ICD10Code] = []
        for text in conditions where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let code = attempt("condition") { try ICD10Code(validating: text) }, !codes.contains(code) { codes.append(code) }
        }
        let visit: QualifyingVisit? = attempt("last visit") { try self.lastVisit.flatMap { $0.isEmpty ? nil : try QualifyingVisit.parse($0) } } ?? nil
        if let visit, visit.date > today { problems.append("last visit: \(visit.date) is in the future") }
        let window: CallWindow? = attempt("call window") { try self.callWindow.flatMap { $0.isEmpty ? nil : try CallWindow.parse($0) } } ?? nil
        let qmb: Bool? = attempt("QMB") { try self.qmb.flatMap { $0.isEmpty ? nil : try Self.parseQMB($0) } } ?? nil
        if let language { _ = attempt("language") { () throws -> Bool in try TextValidation.checkFreeText(language, field: "language", maxLength: 40); return true } }
        if let careManager, !careManager.isEmpty {
            if let problem = roster.checkStaff(careManager, as: "care manager") { problems.append(problem) }
        }
        if let billingPractitioner, !billingPractitioner.isEmpty {
            if let problem = roster.checkPractitioner(billingPractitioner) { problems.append(problem) }
        }
        guard problems.isEmpty, let name, let dob else {
            throw DomainError(problems.joined(separator: "; "))
        }
        return Patient(id: id, name: name, dateOfBirth: dob, mrn: mrn, mbi: mbi, phone: phone, callWindow: window,
                       language: language.flatMap { $0.isEmpty ? nil : $0 }, conditions: codes,
                       careManager: careManager.flatMap { $0.isEmpty ? nil : $0 },
                       billingPractitioner: billingPractitioner.flatMap { $0.isEmpty ? nil : $0 },
                       lastVisit: visit, enrollment: [], qmb: qmb, createdAt: now)
    }

    static func cleanMRN(_ mrn: String?) throws -> String? {
        guard let mrn = mrn?.trimmingCharacters(in: .whitespaces), !mrn.isEmpty else { return nil }
        try TextValidation.checkFreeText(mrn, field: "MRN", maxLength: 40)
        return mrn
    }
}

/// Checks logins named on a patient against the staff roster.
struct StaffRosterView {
    let members: [String: StaffMember]

    func checkStaff(_ login: String, as role: String) -> String? {
        guard let member = members[login], member.active else {
            return "\(role): '\(TextSafety.printable(login))' is not an active staff member"
        }
        return nil
    }

    func checkPractitioner(_ login: String) -> String? {
        guard let member = members[login], member.active else {
            return "billing practitioner: '\(TextSafety.printable(login))' is not an active staff member"
        }
        guard member.credential.isPractitioner else {
            return "billing practitioner: '\(login)' is \(member.credential.rawValue), not a physician or qualified practitioner"
        }
        return nil
    }
}
