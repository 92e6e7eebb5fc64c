import Foundation

extension FHIRSystem {
    /// HCPCS Level II codes (AWV, IPPE), as US Core and CMS name the system.
    public static let hcpcs: Set<String> = [
        "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
        "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
        "urn:oid:2.16.840.1.113883.6.285",
    ]
    /// HL7 v3 RoleCode (service delivery location types, `SNF`).
    public static let roleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
}
