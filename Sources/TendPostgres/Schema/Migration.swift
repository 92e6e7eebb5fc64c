/// One numbered step of the PostgreSQL store's schema: applied once, in one transaction, in
/// order; `tend_schema` records each applied version.
struct Migration: Sendable {
    /// The schema version this step brings the database to (1, 2, ...).
    let version: Int
    /// What it does, for `tend_schema` and `tend store migrate`.
    let description: String
    /// Its statements, run one by one inside the step's transaction.
    let statements: [String]
}
