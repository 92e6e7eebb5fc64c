import Foundation
import TendDomain
import TendStore

/// One account working on one store: the use cases shared by the command line and the
/// workstation. Every method checks the acting account against the permission table (a denial
/// is audited; `Session+Permissions.swift`), applies the domain rules, and commits through the
/// store.
public final class Session: @unchecked Sendable {
    /// The store worked on (use cases only: the command line and the workstation go through them).
    let store: any RecordStore
    /// The OS account acting.
    public let account: Account
    /// Source of the current instant.
    public let clock: Clock
    /// The chronic-condition table used for eligibility.
    public let conditionTable: ChronicConditionTable
    /// Makes a new patient id (random; test fixtures replace it to give fixed ids, and tests to make ids collide).
    package var makePatientID: () -> PatientID = {
        var generator = SystemRandomNumberGenerator()
        return PatientID.random(using: &generator)
    }

    /// Opens a session.
    public init(store: any RecordStore, account: Account, clock: Clock = .system) throws {
        self.store = store
        self.account = account
        self.clock = clock
        self.conditionTable = try ChronicConditionTable.bundled()
    }

    /// The practice's name, as the store's settings give it.
    public var practiceName: String { store.settings.practice }

    /// Where the store is, for display (its directory's path).
    public var storeLocation: String { store.location }

    /// The practice's time zone (calendar months are counted in it).
    public var timeZone: TimeZone { store.settings.zone }

    /// The current instant.
    public var now: Date { clock.now() }

    /// Today's date in the practice's time zone.
    public var today: LocalDate { LocalDate(now, in: timeZone) }

    /// The current month in the practice's time zone.
    public var currentMonth: YearMonth { today.yearMonth }

    /// Finds a patient by id (e.g. `P7K3X9Q2`) or by MRN.
    public func resolvePatient(_ reference: String) throws -> PatientID {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        // A damaged record is reported as damaged, never as "not found".
        if let id = try? PatientID.validate(trimmed),
           try store.findPatient(id) != nil {
            return id
        }
        if !trimmed.isEmpty, let id = try store.patientID(forMRN: trimmed) { return id }
        // Text is never taken as a patient (a second patient could match it tomorrow): the
        // patients it finds by the search rule are named, so that the user picks one by id or MRN.
        let found = trimmed.isEmpty ? [] : (try? findPatients(trimmed)) ?? []
        var hint = ""
        if !found.isEmpty {
            let named = found.prefix(5).map(\.messageText)
            hint = "; it finds \(plural(found.count, "patient")) by name, date of birth or phone, give the id or MRN: "
                + named.joined(separator: "; ") + (found.count > 5 ? "; and \(found.count - 5) more (tend patient list --search)" : "")
        }
        throw StoreError.notFound(what: "patient '\(TextSafety.printable(trimmed))' (no patient has this id or MRN\(hint))")
    }
}
