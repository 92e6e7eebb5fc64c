import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend staff …`.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Manage the care team.",
        subcommands: [Add.self, List.self, Update.self])

    static func roles(_ texts: [String]) throws -> Set<Role> {
        Set(try texts.map { text in
            guard let role = Role(rawValue: text.lowercased()) else {
                throw ValidationError("unknown role '\(text)'; use one of: \(Role.allCases.map(\.rawValue).joined(separator: " "))")
            }
            return role
        })
    }

    static func credential(_ text: String) throws -> Credential {
        guard let c = Credential(rawValue: text.uppercased()) else {
            throw ValidationError("unknown credential '\(text)'; use one of: \(Credential.allCases.map(\.rawValue).joined(separator: " "))")
        }
        return c
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff member (admin).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The member's operating-system login.") var login: String
        @Option(help: "Full name.") var name: String
        @Option(help: "RN LPN MA MD DO NP PA CNS.") var credential: String
        @Option(help: "nurse practitioner supervisor admin (repeatable; default from the credential).") var role: [String] = []
        @Option(help: "National Provider Identifier (practitioners).") var npi: String?

        func run() throws {
            try Run.withSession(options) { session in
                let npi = try npi.map { try NPI(validating: $0) }
                let member = try session.addStaff(login: login, name: name, credential: try StaffCommand.credential(credential),
                                                  roles: try StaffCommand.roles(role), npi: npi)
                Console.warn("added \(member.credential.rawValue) \(member.login) (\(member.roles.map(\.rawValue).sorted().joined(separator: ", ")))")
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a staff member (admin).")
        @OptionGroup var options: StoreOptions
        @Argument var login: String
        @Option var name: String?
        @Option var credential: String?
        @Option(help: "Replaces the roles (repeatable).") var role: [String] = []
        @Option var npi: String?
        @Flag(inversion: .prefixedNo, help: "Whether the member is active.") var active: Bool?

        func run() throws {
            try Run.withSession(options) { session in
                _ = try session.updateStaff(login: login, name: name, credential: try credential.map(StaffCommand.credential),
                                            roles: role.isEmpty ? nil : try StaffCommand.roles(role),
                                            npi: try npi.map { try NPI(validating: $0) }, active: active)
                Console.warn("updated \(login)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff members.")
        @OptionGroup var options: StoreOptions
        @Option var format: OutputFormat = .table

        struct Row: Encodable { var login, name, credential, bucket: String; var roles: [String]; var npi: String?; var active: Bool }

        func run() throws {
            try Run.withSession(options) { session in
                let rows = try session.staff().map {
                    Row(login: $0.login, name: $0.name, credential: $0.credential.rawValue, bucket: $0.bucket.rawValue,
                        roles: $0.roles.map(\.rawValue).sorted(), npi: $0.npi?.rawValue, active: $0.active)
                }
                switch format {
                case .json: Console.out(try JSONOutput.string(rows))
                case .csv, .table:
                    let table = TextTable(header: ["login", "name", "credential", "roles", "npi", "active"],
                                          rows: rows.map { [$0.login, $0.name, $0.credential, $0.roles.joined(separator: " "), $0.npi ?? "", $0.active ? "yes" : "no"] })
                    Console.out(format == .csv ? table.csv : table.rendered())
                }
            }
        }
    }
}
