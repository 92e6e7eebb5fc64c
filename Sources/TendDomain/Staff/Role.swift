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

    /// Parses a role case-insensitively.
    public static func parse(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw DomainError("'\(text)' is not a role (one of \(allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return role
    }
}
