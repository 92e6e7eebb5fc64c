import Foundation
import TendDomain

/// Typed reads of month-close records (the change set writes them).
extension JSONFileStore {
    /// How many frozen patient records one snapshot part holds: a 10,000-patient snapshot is
    /// 40 parts, decoded in parallel.
    public static let snapshotPartSize = 250

    /// A month's close record (an open month with no history when none was written).
    public func monthClose(_ month: YearMonth) throws -> MonthClose {
        try optionalDocument(MonthClose.self, at: StoreLayout.monthClose(month)) ?? MonthClose(month: month)
    }

    /// The facts frozen when the month was last closed, if it ever was: the header, and its
    /// parts decoded in parallel.
    public func closedSnapshot(_ month: YearMonth) throws -> ClosedMonthSnapshot? {
        guard let header = try optionalDocument(SnapshotHeader.self, at: StoreLayout.closedSnapshot(month)) else { return nil }
        var patients = header.patients ?? []
        if let parts = header.parts {
            let paths = (0..<parts).map { StoreLayout.closedSnapshotPart(month, $0) }
            patients += try documents(SnapshotPart.self, at: paths).flatMap(\.patients)
        }
        return ClosedMonthSnapshot(month: header.month, closedAt: header.closedAt, feeSchedule: header.feeSchedule, patients: patients)
    }
}

/// The stored header of a closed month's snapshot. `parts` names how many part files hold the
/// frozen patient records; a snapshot written before parts existed holds them in `patients`.
struct SnapshotHeader: Codable, Equatable, Sendable {
    var month: YearMonth
    var closedAt: Date
    var feeSchedule: FeeSchedule
    var parts: Int?
    var patients: [Patient]?
}

/// One part of a closed month's frozen patient records.
struct SnapshotPart: Codable, Equatable, Sendable {
    var patients: [Patient]
}
