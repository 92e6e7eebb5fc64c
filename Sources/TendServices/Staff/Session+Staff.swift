import Foundation
import TendDomain
import TendStore

extension Session {
    /// Every staff member.
    public func staff() throws -> [StaffMember] {
        try require(.staffList, doing: "listing staff")
        return try store.roster().members
    }

    /// Adds a staff member (admin only). Without roles, a practitioner credential gets the
    /// practitioner role and any other credential the nurse role.
    @discardableResult
    public func addStaff(login: String, name: String, credential: Credential, roles: Set<Role>, npi: NPI?) throws -> StaffMember {
        try require(.staffAdd, doing: "adding staff")
        let login = try StaffMember.validateLogin(login)
        try StaffMember.validateName(name)
        let roles = roles.isEmpty ? [credential.isPractitioner ? Role.practitioner : .nurse] : roles
        var member = StaffMember(login: login, name: name, credential: credential, roles: roles, npi: npi)
        try store.write(account, action: .staffAdd, at: now) { change in
            var roster = try store.roster()
            guard roster.member(login) == nil else {
                throw DomainError("'\(login)' is already a staff member; use `tend staff update`")
            }
            member.version = 1
            roster = StaffRoster(version: roster.version + 1, members: roster.members + [member])
            try change.put(roster)
            change.summary = "added \(credential.rawValue) \(login) (\(roles.map(\.rawValue).sorted().joined(separator: ", ")))"
            change.describe(member)
        }
        return member
    }

    /// Changes a staff member's name, credential, roles, NPI or active flag (admin only).
    @discardableResult
    public func updateStaff(login: String, name: String?, credential: Credential?, roles: Set<Role>?, npi: NPI?, active: Bool?) throws -> StaffMember {
        try require(.staffUpdate, doing: "changing staff")
        return try store.commit(account, action: .staffUpdate, at: now) { change in
            var roster = try store.roster()
            guard var member = roster.member(login) else { throw StoreError.notFound(what: "staff member '\(TextSafety.printable(login))'") }
            if let name { try StaffMember.validateName(name); member.name = name }
            if let credential { member.credential = credential }
            if let roles, !roles.isEmpty { member.roles = roles }
            if let npi { member.npi = npi }
            if let active { member.active = active }
            if member.login == account.login, !member.roles.contains(.admin) {
                guard roster.members.contains(where: { $0.login != login && $0.active && $0.has(.admin) }) else {
                    throw DomainError("refusing to remove the last admin's admin role")
                }
            }
            member.version += 1
            roster.members = roster.members.map { $0.login == login ? member : $0 }
            roster.version += 1
            try change.put(roster)
            change.summary = "updated staff member \(login)"
            change.describe(member)
            return member
        }
    }
}
