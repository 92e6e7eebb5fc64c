import Foundation

/// The kind of visit that can initiate CCM.
public enum VisitKind: String, Codable, CaseIterable, Sendable {
    /// Annual Wellness Visit.
    case awv = "AWV"
    /// Initial Preventive Physical Examination ("Welcome to Medicare").
    case ippe = "IPPE"
    /// Face-to-face evaluation and management visit with the billing practitioner.
    case em = "EM"
}

/// A visit with the billing practitioner that can initiate CCM.
public struct QualifyingVisit: Codable, Equatable, Hashable, Sendable {
    /// Date of the visit.
    public var date: LocalDate
    /// Kind of visit.
    public var kind: VisitKind

    /// Creates a visit.
    public init(date: LocalDate, kind: VisitKind = .em) {
        self.date = date
        self.kind = kind
    }

    /// Parses `YYYY-MM-DD[:AWV|IPPE|EM]` (kind case-insensitive, default EM).
    public static func parse(_ text: String) throws -> QualifyingVisit {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else {
            throw DomainError("'\(text)' is not a visit (YYYY-MM-DD or YYYY-MM-DD:AWV|IPPE|EM)")
        }
        let date = try LocalDate.parse(String(parts[0]))
        guard parts.count == 2 else { return QualifyingVisit(date: date) }
        guard let kind = VisitKind(rawValue: parts[1].uppercased()) else {
            throw DomainError("'\(parts[1])' is not a visit kind (AWV, IPPE or EM)")
        }
        return QualifyingVisit(date: date, kind: kind)
    }

    /// `YYYY-MM-DD:KIND`.
    public var description: String { "\(date):\(kind.rawValue)" }
}
