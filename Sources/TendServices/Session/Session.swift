import Foundation
import TendDomain
import TendStore

/// One account working on one store: the use cases shared by the command line and the
/// workstation. Every method checks the acting account's roles (a denial is audited), applies
/// the domain rules, and commits through the store.
public final class Session: @unchecked Sendable {
    /// The store worked on (use cases only: the command line and the workstation go through them).
    let store: Store
    /// The OS account acting.
    public let account: Account
    /// Source of the current instant.
    public let clock: Clock
    /// The chronic-condition table used for eligibility.
    public let conditionTable: ChronicConditionTable
    /// Makes a new patient id (random; tests replace it to make ids collide).
    var makePatientID: () -> PatientID = {
        var generator = SystemRandomNumberGenerator()
        return PatientID.random(using: &generator)
    }

    /// Opens a session.
    public init(store: Store, account: Account, clock: Clock = .system) throws {
        self.store = store
        self.account = account
        self.clock = clock
        self.conditionTable = try ChronicConditionTable.bundled()
    }

    /// The practice's name, as the store's settings give it.
    public var practiceName: String { store.settings.practice }

    /// Where the store is, for display (its directory's path).
    public var storeLocation: String { store.root.path }

    /// The practice's time zone (calendar months are counted in it).
    public var timeZone: TimeZone { store.settings.zone }

    /// The current instant.
    public var now: Date { clock.now() }

    /// Today's date in the practice's time zone.
    public var today: LocalDate { LocalDate(now, in: timeZone) }

    /// The current month in the practice's time zone.
    public var currentMonth: YearMonth { today.yearMonth }

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

    /// Finds a patient by id (e.g. `P7K3X9Q2`) or by MRN.
    public func resolvePatient(_ reference: String) throws -> PatientID {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        // A damaged record is reported as damaged, never as "not found".
        if let id = try? PatientID.validate(trimmed),
           try store.optionalDocument(Patient.self, at: StoreLayout.patient(id.rawValue)) != nil {
            return id
        }
        if !trimmed.isEmpty, let id = try store.patientID(forMRN: trimmed) { return id }
        // Text is never taken as a patient (a second patient could match it tomorrow): the
        // patients it finds by the search rule are named, so that the user picks one by id or MRN.
        let found = trimmed.isEmpty ? [] : (try? findPatients(trimmed)) ?? []
        var hint = ""
        if !found.isEmpty {
            let named = found.prefix(5).map { "\($0.id) \(TextSafety.printable($0.identity.full))" }
            hint = "; it finds \(found.count) patient\(found.count == 1 ? "" : "s") by name, date of birth or phone, give the id or MRN: "
                + named.joined(separator: "; ") + (found.count > 5 ? "; and \(found.count - 5) more (tend patient list --search)" : "")
        }
        throw StoreError.notFound(what: "patient '\(TextSafety.printable(trimmed))' (no patient has this id or MRN\(hint))")
    }
}
