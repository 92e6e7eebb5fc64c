import Foundation
import TendDomain
import TendStore

extension Session {
    func rosterView() throws -> StaffRosterView {
        StaffRosterView(members: Dictionary(try store.roster().members.map { ($0.login, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Adds a patient and returns the new id. A patient with the same name and date of birth as
    /// one already recorded is refused, naming that patient, unless `draft.differentPerson`
    /// says why it is a different person (the reason goes into the audit record).
    public func addPatient(_ draft: PatientDraft) throws -> PatientID {
        try require(.patientAdd, doing: "adding patients")
        var added: Patient?
        try store.write(account, action: .patientAdd, at: now) { change in
            // Everything checked is read under the write lock, so no other change slips in between.
            let roster = try rosterView()
            let id = try unusedPatientID()
            // No enrollment record yet: the status is "candidate" until a consent is recorded.
            let patient = try draft.validated(id: id, roster: roster, today: today, now: now)
            try stage(newPatient: patient, in: change)
            let note = try checkSameIdentity(patient, among: try store.patients(bornOn: [patient.dateOfBirth]),
                                             differentPerson: draft.differentPerson,
                                             howToSay: "add it again with --different-person \"REASON\"")
            change.patient = id.rawValue
            if let note {
                change.summary = "added patient \(id) as \(note.summary)"
                change.describe(PatientWithDifferentPersonNote(patient: patient, differentPerson: note))
            } else {
                change.summary = "added patient \(id)"
                change.describe(patient)
            }
            added = patient
        }
        return added!.id
    }

    /// Stages a new patient and its MRN index entry, refusing a duplicate MRN.
    func stage(newPatient patient: Patient, in change: any ChangeSet) throws {
        if let mrn = patient.mrn {
            if let holder = try store.patientID(forMRN: mrn) {
                let named = (try? store.patient(holder)).map(\.messageText)
                throw DomainError("MRN \(TextSafety.printable(mrn)) already belongs to \(named ?? "patient \(holder)")")
            }
        }
        try change.put(patient, replacing: nil)
    }

    /// One patient.
    public func patient(_ id: PatientID) throws -> Patient {
        try require(.patientShow, patient: id, doing: "reading patients")
        return try store.patient(id)
    }

    /// Every patient, sorted by name.
    public func patients() throws -> [Patient] {
        try require(.patientList, doing: "listing patients")
        return try store.read { try store.allPatients() }
            .map { (key: $0.name.sortKey, id: $0.id.rawValue, patient: $0) }
            .sorted { ($0.key, $0.id) < ($1.key, $1.id) }
            .map(\.patient)
    }

    /// The patients `text` finds by the one search rule (`PatientQuery`: name ignoring case and
    /// accents, MRN, MBI, id, date of birth in ISO or US form, phone digits), sorted by name.
    public func findPatients(_ text: String) throws -> [Patient] {
        let query = PatientQuery(text)
        return try patients().filter(query.matches)
    }

    /// The eligibility of a patient, with its reasons.
    public func eligibility(_ patient: Patient) -> EligibilityResult {
        Eligibility.evaluate(patient, table: conditionTable)
    }

    /// Changes to a patient's record (any field left nil is kept).
    public struct PatientUpdate: Sendable {
        /// New care manager login ("" clears).
        public var careManager: String?
        /// New billing practitioner login ("" clears). A change requires a new consent.
        public var billingPractitioner: String?
        /// New phone ("" clears).
        public var phone: String?
        /// New MBI.
        public var mbi: String?
        /// Conditions to add.
        public var addConditions: [String] = []
        /// Conditions to remove.
        public var removeConditions: [String] = []
        /// A qualifying visit to record.
        public var visit: String?
        /// New call window.
        public var callWindow: String?
        /// New language.
        public var language: String?
        /// Corrected name, "Family, Given".
        public var name: String?
        /// Corrected date of birth, YYYY-MM-DD.
        public var dateOfBirth: String?
        /// Why the patient is a different person from another with the corrected name and date
        /// of birth (required, and audited, only when there is one).
        public var differentPerson: String?
        /// Creates an empty update.
        public init() {}
    }

    /// Applies an update to one patient, optionally checking the version that was read.
    @discardableResult
    public func updatePatient(_ id: PatientID, _ update: PatientUpdate, expectedVersion: Int? = nil) throws -> Patient {
        try require(.patientUpdate, patient: id, doing: "changing patients")
        return try store.commit(account, action: .patientUpdate, patient: id.rawValue, at: now) { change in
            // The roster is read under the write lock: a care manager deactivated meanwhile is refused.
            let roster = try rosterView()
            var patient = try store.patient(id)
            let previous = patient
            if let expectedVersion, expectedVersion != patient.version {
                throw StoreError.conflict(what: "patient \(id)", expected: expectedVersion, found: patient.version)
            }
            var problems: [String] = []
            var changed: [String] = []
            if let login = update.careManager {
                if !login.isEmpty, let p = roster.checkStaff(login, as: "care manager") { problems.append(p) }
                patient.careManager = login.isEmpty ? nil : login
                changed.append("care manager → \(login.isEmpty ? "none" : login)")
            }
            if let login = update.billingPractitioner {
                if !login.isEmpty, let p = roster.checkPractitioner(login) { problems.append(p) }
                patient.billingPractitioner = login.isEmpty ? nil : login
                changed.append("billing practitioner → \(login.isEmpty ? "none" : login) (a new consent is needed)")
            }
            if let phone = update.phone {
                do { patient.phone = phone.isEmpty ? nil : try PhoneNumber(validating: phone); changed.append("phone") } catch { problems.append("phone: \(error)") }
            }
            if let mbi = update.mbi {
                do { patient.mbi = mbi.isEmpty ? nil : try MBI(validating: mbi); changed.append("MBI") } catch { problems.append("MBI: \(error)") }
            }
            for text in update.addConditions {
                do {
                    let code = try ICD10Code(validating: text)
                    if !patient.conditions.contains(code) { patient.conditions.append(code); changed.append("+\(code)") }
                } catch { problems.append("condition: \(error)") }
            }
            for text in update.removeConditions {
                do {
                    let code = try ICD10Code(validating: text)
                    guard patient.conditions.contains(code) else { problems.append("condition: \(code) is not on the problem list"); continue }
                    patient.conditions.removeAll { $0 == code }
                    changed.append("-\(code)")
                } catch { problems.append("condition: \(error)") }
            }
            if let visit = update.visit {
                do {
                    let v = try QualifyingVisit.parse(visit)
                    if v.date > today { problems.append("visit: \(v.date) is in the future") }
                    else if !patient.visits.contains(v) { patient.visits.append(v); changed.append("visit \(v)") }
                } catch { problems.append("visit: \(error)") }
            }
            if let window = update.callWindow {
                do { patient.callWindow = window.isEmpty ? nil : try CallWindow.parse(window); changed.append("call window") } catch { problems.append("call window: \(error)") }
            }
            if let language = update.language {
                do { try TextValidation.checkFreeText(language, field: "language", maxLength: 40); patient.language = language.isEmpty ? nil : language; changed.append("language") } catch { problems.append("\(error)") }
            }
            if let text = update.name {
                do {
                    let name = try PersonName.parse(text)
                    if name != patient.name { changed.append("name \(patient.name) → \(name)"); patient.name = name }
                } catch { problems.append("name: \(error)") }
            }
            if let text = update.dateOfBirth {
                do {
                    let dob = try LocalDate.parse(text.trimmingCharacters(in: .whitespaces))
                    if dob > today { problems.append("date of birth: \(dob) is in the future") }
                    else if dob != patient.dateOfBirth { changed.append("date of birth \(patient.dateOfBirth) → \(dob)"); patient.dateOfBirth = dob }
                } catch { problems.append("date of birth: \(error)") }
            }
            guard problems.isEmpty else { throw DomainError(problems.joined(separator: "; ")) }
            guard !changed.isEmpty else { throw DomainError("nothing to change") }
            var note: DifferentPersonNote?
            if patient.identityKey != previous.identityKey {
                note = try checkSameIdentity(patient, among: try store.patients(bornOn: [patient.dateOfBirth]),
                                             differentPerson: update.differentPerson,
                                             howToSay: "repeat the update with --different-person \"REASON\"")
            }
            patient.version += 1
            try change.put(patient, replacing: previous)
            change.summary = "updated patient \(id): \(changed.joined(separator: ", "))" + (note.map { "; \($0.summary)" } ?? "")
            if let note {
                change.describe(PatientWithDifferentPersonNote(patient: patient, differentPerson: note))
            } else {
                change.describe(patient)
            }
            return patient
        }
    }
}
