import Foundation

/// The care-plan facts the billing gates need, kept on the patient so month reports never read plans.
public struct CarePlanSummary: Codable, Equatable, Sendable {
    /// Local date of the first save after which the plan was established, if ever.
    public var establishedOn: LocalDate?
    /// Dates copies were given to the patient, sorted.
    public var sharedOn: [LocalDate]
    /// When the plan was last saved.
    public var lastRevisionAt: Date?
    /// Who last saved it.
    public var lastRevisionBy: String?
    /// Elements still empty, in the rules' order.
    public var missingElements: [CarePlanElement]

    /// Creates a summary; the default describes a patient with no plan yet.
    public init(establishedOn: LocalDate? = nil, sharedOn: [LocalDate] = [], lastRevisionAt: Date? = nil,
                lastRevisionBy: String? = nil, missingElements: [CarePlanElement] = CarePlanElement.allCases) {
        self.establishedOn = establishedOn
        self.sharedOn = sharedOn
        self.lastRevisionAt = lastRevisionAt
        self.lastRevisionBy = lastRevisionBy
        self.missingElements = missingElements
    }

    /// Whether the plan was established on or before `date`.
    public func isEstablished(onOrBefore date: LocalDate) -> Bool {
        establishedOn.map { $0 <= date } ?? false
    }

    /// Whether a copy was given on or before `date`.
    public func isShared(onOrBefore date: LocalDate) -> Bool {
        sharedOn.contains { $0 <= date }
    }
}
