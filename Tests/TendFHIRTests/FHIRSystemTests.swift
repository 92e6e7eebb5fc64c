import Testing
@testable import TendFHIR

@Suite("FHIR systems")
struct FHIRSystemTests {
    @Test func systemsAreAbsoluteURIs() {
        for system in [FHIRSystem.icd10CM, FHIRSystem.snomed, FHIRSystem.npi, FHIRSystem.mbi, FHIRSystem.identifierType] {
            #expect(system.hasPrefix("http://"))
        }
    }
}
