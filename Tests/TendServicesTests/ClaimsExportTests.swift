import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct ClaimsExportTests {
    @Test func onlyAClosedMonthExportsUnlessDraft() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        _ = try f.octoberPatient()
        #expect(throws: DomainError.self) { try f.session(f.boss).claimsExport(f.october) }
        let draft = try f.session(f.boss).claimsExport(f.october, draft: true)
        #expect(draft.draft && draft.state == .open && draft.lines.count == 1)
        #expect(throws: StoreError.self) { try f.session(f.nurse).claimsExport(f.october, draft: true) }
    }

    @Test func oneLinePerBilledCodeWithPatientPractitionerAndDiagnoses() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let id = try f.octoberPatient(minutes: 45)
        try f.session(f.boss).closeMonth(f.october)
        let export = try f.session(f.boss).claimsExport(f.october)
        #expect(!export.draft && export.problems.isEmpty)
        #expect(export.lines.map(\.code) == [.c99490, .c99439] && export.lines.map(\.units) == [1, 1])
        let line = export.lines[0]
        #expect(line.patientId == id && line.mbi == "1EG4TE5MK73" && line.family == "Ramírez" && line.given == "José")
        #expect(line.dateOfBirth == (try LocalDate.parse("1950-03-04")))
        #expect(line.dateOfService == (try LocalDate.parse("2026-10-31")))
        #expect(line.diagnoses.map(\.rawValue) == ["E11.9", "I10"])
        #expect(line.practitioner == "doctor" && line.practitionerName == "Dee Doctor" && line.npi == "1234567893")
        // October 2026 is priced with CY2026: 99490 confirmed, 99439 an unconfirmed shipped default.
        #expect(export.lines.map(\.payment) == [Decimal(string: "66.13")!, Decimal(string: "50.44")!])
        #expect(export.lines.map(\.feeStatus) == [.confirmed, .unconfirmed])
        #expect(export.payment == Decimal(string: "116.57")!)
        #expect(export.pricingWarning?.hasPrefix("unpriced: 1 patient-month bill") == true)
    }

    @Test func aMissingNPIOrMBIBlocksTheLineWithAClearMessage() throws {
        let f = try ServicesFixture()
        _ = try f.octoberPatient(name: "Able, Ann")
        _ = try f.octoberPatient(name: "Baker, Bob", mbi: nil)
        let export = try f.session(f.boss).claimsExport(f.october, draft: true)
        #expect(export.lines.isEmpty && export.problems.count == 2)
        #expect(export.problems[0].name == "Able, Ann" && export.problems[0].message.contains("billing practitioner doctor has no NPI"))
        #expect(export.problems[1].message.contains("no MBI"))
        try f.giveDoctorNPI()
        let after = try f.session(f.boss).claimsExport(f.october, draft: true)
        #expect(after.lines.map(\.family) == ["Able"] && after.problems.map(\.name) == ["Baker, Bob"])
    }

    @Test func notBilledAndBelowThresholdPatientsExportNothing() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let id = try f.octoberPatient(name: "Able, Ann")
        _ = try f.octoberPatient(name: "Baker, Bob", minutes: 10)
        try f.session(f.boss).markNotBilled(id, month: f.october, reason: "patient in hospital most of the month")
        #expect(try f.session(f.boss).claimsExport(f.october, draft: true).lines.isEmpty)
        try f.session(f.boss).markNotBilled(id, month: f.october, reason: nil)
        #expect(try f.session(f.boss).claimsExport(f.october, draft: true).lines.count == 1)
    }

    @Test func theAuditPacketSanitisesStoredText() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient(minutes: 0)
        try f.session(f.nurse).logTime(id, TimeRequest(span: .minutes(22, on: LocalDate.parse("2026-10-06")), activity: .call,
                                                       note: "line one\nsee [link](http://x) *now*"))
        let packet = try f.session(f.doctor).auditPacket(id, month: f.october)
        let markdown = AuditPacketRenderer.render(packet, style: .markdown)
        #expect(markdown.contains("see \\[link\\]\\(http://x\\) \\*now\\*"))
        #expect(markdown.contains("  - [x] CCM is available to the patient"))
        let text = AuditPacketRenderer.render(packet, style: .text)
        #expect(text.contains("      line one\n      see [link](http://x) *now*"))
        #expect(text.contains("PASS below-threshold") && text.contains("PASS care-plan-not-shared"))
        #expect(text.contains("Revision 1 saved by nurse"))
        #expect(throws: StoreError.self) { try f.session(f.nurse).auditPacket(id, month: f.october) }
    }
}
