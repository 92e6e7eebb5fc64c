import ArgumentParser
import Foundation
import TendDomain
import TendServices
import TendStore

/// `tend init`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a store; the account running it becomes admin and supervisor.")

    @OptionGroup var options: StoreOptions
    @Option(help: "The practice's name.") var practice = "My Practice"
    @Option(name: .customLong("time-zone"), help: "IANA time zone in which months are counted (default: $TZ, else the system's, else UTC).")
    var timeZone: String?
    @Option(help: "Your name as staff (default: your login).") var name: String?
    @Option(help: "Your credential (RN LPN MA MD DO NP PA CNS).") var credential: String = "RN"

    func run() throws {
        try Run.guarded {
            guard let credential = Credential(rawValue: credential.uppercased()) else {
                throw ValidationError("unknown credential '\(credential)'; use one of: \(Credential.allCases.map(\.rawValue).joined(separator: " "))")
            }
            let zone = try TimeZoneChoice.resolve(option: timeZone)
            let place = try options.place()
            let account = try place.actingAccount(for: Account.current())
            let store = try StoreSetup.create(in: place, practice: practice, timeZone: zone.identifier, account: account,
                                              name: name, credential: credential, now: Date())
            Console.warn("created a store at \(store.location) for \(practice); \(account.login) is admin and supervisor")
            Console.warn("time zone: \(zone.identifier) (\(zone.explanation)); months are counted in this zone (another zone needs a new store: tend init --time-zone ZONE)")
        }
    }
}
