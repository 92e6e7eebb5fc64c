import Foundation

/// A patient's record: identity, problem list, enrollment, consents and care-plan facts.
public struct Patient: Codable, Equatable, Sendable {
    /// Record id.
    public var id: PatientID
    /// Name.
    public var name: PersonName
    /// Date of birth.
    public var dateOfBirth: LocalDate
    /// Medical record number in the practice's EHR.
    public var mrn: String?
    /// Medicare Beneficiary Identifier.
    public var mbi: MBI?
    /// Phone number.
    public var phone: PhoneNumber?
    /// Preferred call days and hours.
    public var callWindow: CallWindow?
    /// Preferred language.
    public var language: String?
    /// Problem list as ICD-10-CM codes.
    public var conditions: [ICD10Code]
    /// Problems the EHR coded only in SNOMED CT (an import from FHIR); nil or empty = none.
    /// Eligibility reads them through the bundled SNOMED table (``ChronicConditionTable``).
    public var snomedProblems: [SNOMEDCode]?
    /// Login of the care manager.
    public var careManager: String?
    /// Login of the billing practitioner.
    public var billingPractitioner: String?
    /// Qualifying visits, as history.
    public var visits: [QualifyingVisit]
    /// Enrollment changes, as history.
    public var enrollment: [EnrollmentChange]
    /// Consents as recorded, oldest first.
    public var consents: [Consent]
    /// Care-plan facts the billing gates need.
    public var plan: CarePlanSummary
    /// Program history (CCM, PCM, APCM) by effective month; nil or empty means CCM throughout
    /// (read it through ``programHistory`` and ``program(in:)``).
    public var programs: [ProgramEnrollment]?
    /// Whether the patient is a Qualified Medicare Beneficiary (APCM tier G0558); nil = not recorded.
    public var qmb: Bool?
    /// Hospital and SNF inpatient stays, with the care transition after each; nil = none recorded.
    public var stays: [InpatientStay]?
    /// Optimistic-concurrency version kept by the store.
    public var version: Int
    /// When the record was created.
    public var createdAt: Date

    /// Creates a patient. A given `lastVisit` is added to `visits` when not already there.
    public init(id: PatientID, name: PersonName, dateOfBirth: LocalDate, mrn: String? = nil, mbi: MBI? = nil,
                phone: PhoneNumber? = nil, callWindow: CallWindow? = nil, language: String? = nil,
                conditions: [ICD10Code] = [], snomedProblems: [SNOMEDCode]? = nil, careManager: String? = nil, billingPractitioner: String? = nil,
                lastVisit: QualifyingVisit? = nil, visits: [QualifyingVisit] = [],
                enrollment: [EnrollmentChange] = [], consents: [Consent] = [],
                plan: CarePlanSummary = CarePlanSummary(), programs: [ProgramEnrollment]? = nil,
                qmb: Bool? = nil, stays: [InpatientStay]? = nil, version: Int = 1, createdAt: Date) {
        self.id = id
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.mrn = mrn
        self.mbi = mbi
        self.phone = phone
        self.callWindow = callWindow
        self.language = language
        self.conditions = conditions
        self.snomedProblems = snomedProblems
        self.careManager = careManager
        self.billingPractitioner = billingPractitioner
        self.visits = visits
        self.enrollment = enrollment
        self.consents = consents
        self.plan = plan
        self.programs = programs
        self.qmb = qmb
        self.stays = stays
        self.version = version
        self.createdAt = createdAt
        if let lastVisit { self.lastVisit = lastVisit }
    }

    /// The latest qualifying visit. Setting it records the visit in `visits` (once).
    public var lastVisit: QualifyingVisit? {
        get { visits.max { $0.date < $1.date } }
        set {
            if let newValue, !visits.contains(newValue) { visits.append(newValue) }
        }
    }

    /// The latest enrollment status (by date, then record order), `.candidate` when none.
    public var status: EnrollmentStatus {
        enrollment.enumerated().max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element.status
            ?? .candidate
    }

    /// The latest consent recorded, if any.
    public var latestConsent: Consent? { consents.last }

    /// Age in whole years on `date` (a 29 February birthday counts from 1 March in common years).
    public func age(on date: LocalDate) -> Int {
        let years = date.year - dateOfBirth.year
        let hadBirthday = (date.month, date.day) >= (dateOfBirth.month, dateOfBirth.day)
        return hadBirthday ? years : years - 1
    }
}
