import Foundation

/// What a staff member may do in the workstation.
public enum Role: String, Codable, CaseIterable, Comparable, Sendable {
    /// Logs time, works the call queue, edits care plans.
    case nurse
    /// Billing practitioner: marks complex months, owns care plans.
    case practitioner
    /// Sees month reports and projections.
    case supervisor
    /// Manages staff and settings.
    case admin

    /// Orders as declared.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Who holds the role, in a few words (docs/roles.md).
    public var summary: String {
        switch self {
        case .nurse: return "care managers: log time, work the call list, record consent and calls, edit care plans"
        case .practitioner: return "billing practitioners: judge complexity, own care plans, read month-close data"
        case .supervisor: return "run the month: the supervisor view, reassignments, not-billed marks, month close, amendments"
        case .admin: return "manage staff and the store: staff, reopening a closed month, amendments, the audit trail"
        }
    }

    /// Parses a role case-insensitively.
    public static func parse(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw DomainError("'\(text)' is not a role (one of \(allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return role
    }
}
