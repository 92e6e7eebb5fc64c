import Foundation

/// Where each kind of record lives inside a store directory (paths relative to the root).
///
/// One small file per record that changes on its own, so that a change never rewrites
/// another patient's record or another month: see docs/store-format.md.
package enum StoreLayout {
    /// The store's settings and schema version.
    package static let settings = "store.json"
    /// The lock file (flock), never renamed.
    package static let lock = "lock"
    /// All staff members.
    package static let staff = "staff.json"
    /// The single fee schedule of a store written before schedules had years: read as the
    /// schedule of the year its name says (``JSONFileStore/legacyScheduleYear(_:)``).
    package static let legacyFeeSchedule = "fee-schedule.json"
    /// Directory of the fee schedules by year.
    package static let feeSchedules = "fee-schedules"
    /// The append-only, hash-chained audit trail.
    package static let auditTrail = "audit/trail.jsonl"
    /// The latest audit hash, kept outside the chain.
    package static let auditAnchor = "audit/anchor.json"
    /// Directory of files staged by a commit in progress.
    package static let staging = "txn"
    /// Directory of patient records.
    package static let patients = "patients"
    /// Directory of care plans.
    package static let plans = "plans"
    /// Directory of running timers.
    package static let timers = "timers"

    /// The fee schedule of one calendar year.
    package static func feeSchedule(year: Int) -> String { "fee-schedules/\(year).json" }
    /// One patient's record.
    package static func patient(_ id: String) -> String { "patients/\(id).json" }
    /// One patient's care plan with its revisions and shares.
    package static func plan(_ id: String) -> String { "plans/\(id).json" }
    /// Directory of one month's time entries (one file per staff member).
    package static func timeMonth(_ month: String) -> String { "time/\(month)" }
    /// One staff member's time entries for one month.
    package static func time(month: String, staff login: String) -> String { "time/\(month)/\(login).json" }
    /// Directory of one month's per-patient flags.
    package static func monthFlagsDirectory(_ month: String) -> String { "months/\(month)" }
    /// One patient-month's flags (complex, billed elsewhere).
    package static func monthFlags(month: String, patient id: String) -> String { "months/\(month)/\(id).json" }
    /// A staff member's running timer.
    package static func timer(_ login: String) -> String { "timers/\(login).json" }
}
