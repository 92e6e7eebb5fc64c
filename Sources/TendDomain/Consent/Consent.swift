import Foundation

/// One recorded consent conversation (given or declined), with its disclosures.
public struct Consent: Codable, Equatable, Sendable {
    /// The program the consent is for; records made before programs existed are CCM.
    public var program: CareProgram
    /// Date the consent was obtained.
    public var date: LocalDate
    /// Verbal or written.
    public var method: ConsentMethod
    /// Login of the person who obtained it.
    public var obtainedBy: String
    /// Login of the billing practitioner the consent was given for.
    public var billingPractitioner: String?
    /// Disclosures recorded as given (encoded sorted).
    public var disclosuresGiven: Set<Disclosure>
    /// True when the patient declined.
    public var declined: Bool
    /// Date the patient revoked this consent, if they did.
    public var revokedOn: LocalDate?
    /// When the record was made.
    public var recordedAt: Date

    /// Creates a consent record.
    public init(date: LocalDate, method: ConsentMethod, obtainedBy: String, billingPractitioner: String? = nil,
                disclosuresGiven: Set<Disclosure> = Set(Disclosure.allCases), declined: Bool = false,
                revokedOn: LocalDate? = nil, recordedAt: Date, program: CareProgram = .ccm) {
        self.program = program
        self.date = date
        self.method = method
        self.obtainedBy = obtainedBy
        self.billingPractitioner = billingPractitioner
        self.disclosuresGiven = disclosuresGiven
        self.declined = declined
        self.revokedOn = revokedOn
        self.recordedAt = recordedAt
    }

    /// Disclosures not recorded as given, in the rules' order.
    public var missingDisclosures: [Disclosure] {
        Disclosure.required(for: program).filter { !disclosuresGiven.contains($0) }
    }

    /// Whether this consent can count: every disclosure its program requires given, not declined.
    public var counts: Bool { !declined && missingDisclosures.isEmpty }

    private enum CodingKeys: String, CodingKey {
        case program, date, method, obtainedBy, billingPractitioner, disclosuresGiven, declined, revokedOn, recordedAt
    }

    /// Decodes; a record without `program` (written before programs existed) is CCM.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        program = try container.decodeIfPresent(CareProgram.self, forKey: .program) ?? .ccm
        date = try container.decode(LocalDate.self, forKey: .date)
        method = try container.decode(ConsentMethod.self, forKey: .method)
        obtainedBy = try container.decode(String.self, forKey: .obtainedBy)
        billingPractitioner = try container.decodeIfPresent(String.self, forKey: .billingPractitioner)
        disclosuresGiven = try container.decode(Set<Disclosure>.self, forKey: .disclosuresGiven)
        declined = try container.decode(Bool.self, forKey: .declined)
        revokedOn = try container.decodeIfPresent(LocalDate.self, forKey: .revokedOn)
        recordedAt = try container.decode(Date.self, forKey: .recordedAt)
    }

    /// Encodes with disclosures sorted in the rules' order.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(program, forKey: .program)
        try container.encode(date, forKey: .date)
        try container.encode(method, forKey: .method)
        try container.encode(obtainedBy, forKey: .obtainedBy)
        try container.encodeIfPresent(billingPractitioner, forKey: .billingPractitioner)
        try container.encode(disclosuresGiven.sorted(), forKey: .disclosuresGiven)
        try container.encode(declined, forKey: .declined)
        try container.encodeIfPresent(revokedOn, forKey: .revokedOn)
        try container.encode(recordedAt, forKey: .recordedAt)
    }
}
