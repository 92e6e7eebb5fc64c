import Foundation

/// The facts a closed month was billed on, frozen at close: every patient record and the fee
/// schedule. Consents, visits, problem lists, billing practitioners and plan facts recorded
/// later (even dated back into the month) do not change a closed month; only its own entries
/// and flags change, and only by amendment.
public struct ClosedMonthSnapshot: Codable, Equatable, Sendable {
    /// The month.
    public var month: YearMonth
    /// When the month was closed.
    public var closedAt: Date
    /// The fee schedule in force at close.
    public var feeSchedule: FeeSchedule
    /// Every patient record as it stood at close, sorted by id.
    public private(set) var patients: [Patient]
    /// Where each patient is in `patients` (not stored: rebuilt on decode), so that looking up
    /// every patient of a 10,000-patient practice is not 10,000 linear scans.
    private let positions: [PatientID: Int]

    private enum CodingKeys: String, CodingKey { case month, closedAt, feeSchedule, patients }

    /// Creates a snapshot.
    public init(month: YearMonth, closedAt: Date, feeSchedule: FeeSchedule, patients: [Patient]) {
        self.month = month
        self.closedAt = closedAt
        self.feeSchedule = feeSchedule
        self.patients = patients.sorted { $0.id < $1.id }
        positions = Self.positions(of: self.patients)
    }

    /// Decodes a snapshot and indexes its patients.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        month = try container.decode(YearMonth.self, forKey: .month)
        closedAt = try container.decode(Date.self, forKey: .closedAt)
        feeSchedule = try container.decode(FeeSchedule.self, forKey: .feeSchedule)
        patients = try container.decode([Patient].self, forKey: .patients)
        positions = Self.positions(of: patients)
    }

    /// Encodes the month, the close instant, the fee schedule and the patients.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(month, forKey: .month)
        try container.encode(closedAt, forKey: .closedAt)
        try container.encode(feeSchedule, forKey: .feeSchedule)
        try container.encode(patients, forKey: .patients)
    }

    /// The frozen record of `id`, or the current one for a patient added after close.
    public func patient(_ id: PatientID, current: Patient) -> Patient {
        positions[id].map { patients[$0] } ?? current
    }

    /// Whether the snapshot holds a record of `id`.
    public func contains(_ id: PatientID) -> Bool { positions[id] != nil }

    private static func positions(of patients: [Patient]) -> [PatientID: Int] {
        // A damaged file could repeat an id: the first record wins, as a linear search would.
        Dictionary(patients.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }
}
