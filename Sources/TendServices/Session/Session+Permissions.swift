import Foundation
import TendDomain
import TendStore

/// The permission checks every use case starts with: the acting account against the
/// permission table (``Permissions``); a refusal is written to the audit trail under the action.
extension Session {
    /// The staff member the acting account is, or an audited denial of `action`.
    func me(action: AuditAction) throws -> StaffMember {
        let roster = try store.roster()
        guard let member = roster.member(account.login), member.active else {
            throw store.deny(account, action: action, at: now,
                             reason: "the account '\(account.login)' (uid \(account.uid)) is not an active staff member of this store; an admin can add it with `tend staff add \(account.login) --name NAME --credential RN`")
        }
        return member
    }

    /// The acting staff member if the permission table lets them do `action`, or an audited
    /// denial naming the roles it needs; `doing` says what was refused, in words.
    @discardableResult
    public func require(_ action: AuditAction, patient: PatientID? = nil, doing: String) throws -> StaffMember {
        switch Permissions.rule(for: action).access {
        case .anyStaffMember, .notChecked: return try me(action: action)
        case .roles(let roles): return try require(roles, action: action, patient: patient, doing: doing)
        }
    }

    /// The acting staff member if they hold one of `roles` (a set from the permission table),
    /// or an audited denial of `action`.
    @discardableResult
    func require(_ roles: Set<Role>, action: AuditAction, patient: PatientID?, doing: String) throws -> StaffMember {
        let member = try me(action: action)
        guard !member.roles.isDisjoint(with: roles) else {
            let needed = roles.map(\.rawValue).sorted().joined(separator: " or ")
            throw store.deny(account, action: action, patient: patient?.rawValue, at: now,
                             reason: "\(doing) needs the \(needed) role; '\(member.login)' has \(member.roles.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        return member
    }

    /// Refuses, with an audited denial of `action`, a staff member who acts for another staff
    /// member (or on their time entry) without a role the table allows for it. `reason` words
    /// the denial from the roles needed (e.g. "supervisor or admin").
    func requireActingForAnother(_ action: AuditAction, me: StaffMember, patient: PatientID?,
                                 reason: (String) -> String) throws {
        guard let roles = Permissions.rule(for: action).forAnotherStaffMember else {
            preconditionFailure("the permission table lets no one do \(action.rawValue) for another staff member")
        }
        guard me.roles.isDisjoint(with: roles) else { return }
        let needed = Role.allCases.filter(roles.contains).map(\.rawValue).joined(separator: " or ")
        throw store.deny(account, action: action, patient: patient?.rawValue, at: now, reason: reason(needed))
    }
}
