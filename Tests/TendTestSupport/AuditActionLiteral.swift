import TendDomain

/// Tests only: a store test labels its own changes ("note.put") with a literal. The sources
/// cannot: there, every action is a constant of `AuditAction` with a row in the permission table.
extension AuditAction: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
}
