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
    public var patients: [Patient]

    /// Creates a snapshot.
    public init(month: YearMonth, closedAt: Date, feeSchedule: FeeSchedule, patients: [Patient]) {
        self.month = month
        self.closedAt = closedAt
        self.feeSchedule = feeSchedule
        self.patients = patients.sorted { $0.id < $1.id }
    }

    /// The frozen record of `id`, or the current one for a patient added after close.
    public func patient(_ id: PatientID, current: Patient) -> Patient {
        patients.first { $0.id == id } ?? current
    }
}
