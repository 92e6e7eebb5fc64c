import ArgumentParser
import Foundation
import TendDomain
import TendServices

extension AuditCommand {
    struct Packet: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Everything an auditor asks for about one patient-month (supervisor, admin or practitioner).",
            discussion: "Consent with its four disclosures, the care plan as it stood at the month's end and its copies, every time entry, flags, amendments, the codes and each gate with its evidence.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "YYYY-MM.") var month: String
        @Option(help: "text or markdown.") var format: PacketFormat = .text

        enum PacketFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown }

        func run() throws {
            try Run.withSession(options) { session in
                let packet = try session.auditPacket(try session.resolvePatient(patient), month: try Parse.month(month))
                let text = AuditPacketRenderer.render(packet, style: format == .markdown ? .markdown : .text)
                Console.write(text, to: .standardOutput)
            }
        }
    }
}
