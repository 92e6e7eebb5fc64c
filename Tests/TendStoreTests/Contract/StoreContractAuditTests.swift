import TendTestSupport
import Foundation
import Testing
import TendDomain
import TendStore

/// Every ``RecordStore`` checks its own audit trail: intact after ordinary work, and a record
/// altered behind the store's back (in the backend's own way) is found and named.
@Suite struct StoreContractAuditTests {
    @Test(arguments: StoreBackend.all)
    func anAlteredAuditRecordIsFound(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        for number in 1...4 {
            try store.write(tester, action: "patient.add", patient: ContractRecords.patientID(number).rawValue, at: fixedNow) { change in
                try change.put(ContractRecords.patient(number), replacing: nil)
                change.summary = "added patient \(number)"
            }
        }
        let intact = try store.verifyAudit()
        #expect(intact.isIntact && intact.verifiedRecords == 5)
        #expect(try store.auditRecords().map(\.seq) == [1, 2, 3, 4, 5])
        try backend.tamperWithAudit(place, 3)
        let result = try backend.open(place).verifyAudit()
        #expect(!result.isIntact)
        #expect(result.verifiedRecords == 2, "the records before the altered one still check out")
        #expect(result.problems.first?.contains("record 3") == true, "the problem names the record: \(result.problems)")
    }
}
