import Foundation
import TendDomain
import TendStore

/// Whether the acting account may still work in the store.
public enum StaffStanding: Sendable, Equatable {
    /// An active staff member.
    case active(StaffMember)
    /// On the staff list, but deactivated by an admin.
    case deactivated(StaffMember)
    /// Not on the staff list at all (removed, or never added).
    case notOnStaff
}

extension Session {
    /// The acting account's standing on the staff list, read without writing anything: the
    /// workstation checks it whenever the store changes, and stops once instead of being denied
    /// on every refresh.
    public func standing() throws -> StaffStanding {
        let roster = try store.roster()
        guard let member = roster.member(account.login) else { return .notOnStaff }
        return member.active ? .active(member) : .deactivated(member)
    }

    /// Records a successful unlock of the workstation's lock screen.
    public func auditUnlock(checkedBy: String) throws {
        try store.write(account, action: .workstationUnlock, at: now) { change in
            change.summary = "unlocked the workstation with the account's password (\(checkedBy))"
        }
    }

    /// Records a failed unlock attempt (a denial in the audit trail).
    public func auditFailedUnlock(reason: String, failuresInARow: Int) {
        _ = store.deny(account, action: .workstationUnlock, at: now,
                       reason: "\(reason) (\(plural(failuresInARow, "failed attempt")) in a row)")
    }

    /// Records that the workstation ended the session by itself instead of locking it: the
    /// password could not be checked, or too many attempts failed.
    public func auditAutomaticLogoff(reason: String, kept: String) throws {
        try store.write(account, action: .workstationLogoff, at: now) { change in
            change.summary = "logged off automatically: \(reason); \(kept)"
        }
    }

    /// Records, once, that a workstation stopped because its account is no longer an active
    /// staff member (a denial: the account may not work any more).
    public func auditStoppedForStanding(_ standing: StaffStanding, kept: String) {
        let why: String
        switch standing {
        case .deactivated: why = "the account '\(account.login)' (uid \(account.uid)) was deactivated while its workstation was open"
        case .notOnStaff: why = "the account '\(account.login)' (uid \(account.uid)) is no longer on the staff list"
        case .active: why = "the account '\(account.login)' is active"
        }
        _ = store.deny(account, action: .workstationStop, at: now, reason: "\(why); the workstation stopped: \(kept)")
    }
}
