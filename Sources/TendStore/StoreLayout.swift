import Foundation

/// Where each kind of record lives inside a store directory (paths relative to the root).
///
/// One small file per record that changes on its own, so that a change never rewrites
/// another patient's record or another month: see docs/store-format.md.
public enum StoreLayout {
    /// Store settings and schema version.
    public static let settings = "store.json"
    /// The lock file (flock), never renamed.
    public static let lock = "lock"
    /// All staff members.
    public static let staff = "staff.json"
    /// The practice's fee schedule.
    public static let feeSchedule = "fee-schedule.json"
    /// The append-only, hash-chained audit trail.
    public static let auditTrail = "audit/trail.jsonl"
    /// The latest audit hash, kept outside the chain.
    public static let auditAnchor = "audit/anchor.json"
    /// Directory of files staged by a commit in progress.
    public static let staging = "txn"
    /// Directory of patient records.
    public static let patients = "patients"
    /// Directory of care plans.
    public static let plans = "plans"
    /// Directory of running timers.
    public static let timers = "timers"

    /// One patient's record.
    public static func patient(_ id: String) -> String { "patients/\(id).json" }
    /// One patient's care plan with its revisions and shares.
    public static func plan(_ id: String) -> String { "plans/\(id).json" }
    /// Directory of one month's time entries (one file per staff member).
    public static func timeMonth(_ month: String) -> String { "time/\(month)" }
    /// One staff member's time entries for one month.
    public static func time(month: String, staff login: String) -> String { "time/\(month)/\(login).json" }
    /// Directory of one month's per-patient flags.
    public static func monthFlagsDirectory(_ month: String) -> String { "months/\(month)" }
    /// One patient-month's flags (complex, billed elsewhere).
    public static func monthFlags(month: String, patient id: String) -> String { "months/\(month)/\(id).json" }
    /// A staff member's running timer.
    public static func timer(_ login: String) -> String { "timers/\(login).json" }
}
