import Foundation
import TendDomain

/// Everything an import says about one patient, gathered from the Patient resource and the
/// Conditions, Encounters and Coverages that reference it in the files of one import.
public struct EHRPatient: Sendable {
    /// The Patient resource's mapping (the last one read when several carry the same identifier).
    public var patient: MappedPatient
    /// Whether any Condition referenced the patient: then the problem list is replaced by what
    /// they say (an EHR that sends no Condition for a patient leaves the problem list alone).
    public var problemsSent: Bool = false
    /// ICD-10-CM codes of the counting Conditions, sorted.
    public var icd10: [ICD10Code] = []
    /// SNOMED CT codes of the counting Conditions coded only in SNOMED CT, sorted.
    public var snomed: [SNOMEDCode] = []
    /// Qualifying visits, sorted by date.
    public var visits: [QualifyingVisit] = []
    /// Inpatient and SNF stays, sorted by admission.
    public var stays: [MappedStay] = []
    /// The file each stay was read from (the first, when several files carry it).
    public var staySources: [MappedStay: String] = [:]
    /// An MBI from a Medicare Coverage (used when the Patient carries none).
    public var coverageMBI: MBI?
    /// NPIs of the general practitioners (valid ones).
    public var practitionerNPIs: [NPI] = []
    /// The files the patient's resources came from.
    public var files: Set<String> = []
    /// Things reported about this patient (invalid MBI, NPI, conditions not counted...).
    public var notes: [String] = []

    /// The MBI to keep: the Patient's, else the Coverage's.
    public var mbi: MBI? { patient.mbi ?? coverageMBI }
}

/// The resources of one import, gathered per patient (`EHRPatient`), with what could not be
/// linked to a patient.
public struct FHIRImportBatch: Sendable {
    /// The patients, in the order their Patient resource was first read.
    public private(set) var patients: [EHRPatient] = []
    /// Resources not linked to any Patient of the import, by their source, with why.
    public private(set) var unlinked: [(source: FHIRSource, reason: String)] = []
    /// Encounters not used, counted by reason.
    public private(set) var ignoredEncounters: [String: Int] = [:]
    /// Conditions not put on a problem list, counted by reason.
    public private(set) var conditionsNotCounted: [String: Int] = [:]
    /// What was reported about Practitioners (an NPI failing its check digit), whoever they serve.
    public private(set) var practitionerNotes: [String] = []

    /// Gathers the mapped resources of the accepted files (in file order).
    public init(_ resources: [MappedResource]) {
        var byKey: [String: Int] = [:]
        var byIdentifier: [String: Int] = [:]
        var practitioners: [String: MappedPractitioner] = [:]
        var rest: [MappedResource] = []
        for resource in resources {
            switch resource {
            case .patient(let mapped):
                let identifierKeys = [mapped.mrn.map { "MR|\($0)" }, mapped.mbi.map { "MB|\($0.rawValue)" }].compactMap { $0 }
                if let index = identifierKeys.lazy.compactMap({ byIdentifier[$0] }).first {
                    patients[index].patient = mapped
                    patients[index].files.insert(mapped.source.file)
                    for key in mapped.keys { byKey[key] = index }
                    for key in identifierKeys { byIdentifier[key] = index }
                } else {
                    var patient = EHRPatient(patient: mapped)
                    patient.files.insert(mapped.source.file)
                    patients.append(patient)
                    for key in mapped.keys { byKey[key] = patients.count - 1 }
                    for key in identifierKeys { byIdentifier[key] = patients.count - 1 }
                }
            case .practitioner(let mapped):
                for key in mapped.keys { practitioners[key] = mapped }
                practitionerNotes += mapped.notes.map { "\(mapped.source): \($0)" }
            default:
                rest.append(resource)
            }
        }
        func patientIndex(_ subject: String?, _ source: FHIRSource) -> Int? {
            guard let subject else { unlinked.append((source, "no subject reference")); return nil }
            guard let index = byKey[subject] else {
                unlinked.append((source, "its patient \(subject) is not among the Patients of this import"))
                return nil
            }
            patients[index].files.insert(source.file)
            return index
        }
        for resource in rest {
            switch resource {
            case .condition(let c):
                guard let i = patientIndex(c.subject, c.source) else { continue }
                patients[i].problemsSent = true
                if let reason = c.notCounted {
                    conditionsNotCounted[Self.reasonKind(reason), default: 0] += 1
                    if reason.hasPrefix("invalid") || reason.hasPrefix("coded in neither") {
                        patients[i].notes.append("\(c.source.resource) not on the problem list: \(reason)")
                    }
                    continue
                }
                patients[i].icd10.append(contentsOf: c.icd10)
                patients[i].snomed.append(contentsOf: c.snomed)
            case .encounter(let e):
                switch e.outcome {
                case .ignored(let reason): ignoredEncounters[reason, default: 0] += 1
                case .visit(let visit):
                    guard let i = patientIndex(e.subject, e.source) else { continue }
                    patients[i].visits.append(visit)
                case .stay(let stay):
                    guard let i = patientIndex(e.subject, e.source) else { continue }
                    patients[i].stays.append(stay)
                    if patients[i].staySources[stay] == nil { patients[i].staySources[stay] = e.source.file }
                }
            case .coverage(let c):
                guard c.mbi != nil || !c.notes.isEmpty else { continue }
                guard let i = patientIndex(c.subject, c.source) else { continue }
                if let mbi = c.mbi { patients[i].coverageMBI = mbi }
                patients[i].notes += c.notes.map { "\(c.source.resource): \($0)" }
            case .patient, .practitioner:
                break
            }
        }
        for i in patients.indices {
            patients[i].icd10 = Array(Set(patients[i].icd10)).sorted()
            patients[i].snomed = Array(Set(patients[i].snomed)).sorted()
            patients[i].visits = Array(Set(patients[i].visits)).sorted { ($0.date, $0.kind.rawValue) < ($1.date, $1.kind.rawValue) }
            patients[i].stays = Array(Set(patients[i].stays)).sorted { ($0.admit, $0.discharge) < ($1.admit, $1.discharge) }
            patients[i].notes = patients[i].patient.notes + patients[i].notes
            var npis = patients[i].patient.practitionerNPIs
            for key in patients[i].patient.practitionerKeys {
                guard let practitioner = practitioners[key] else { continue }
                if let npi = practitioner.npi { npis.append(npi) }
            }
            var seen: Set<NPI> = []
            patients[i].practitionerNPIs = npis.filter { seen.insert($0).inserted }
        }
    }

    /// A reason without its dates, for counting (`abated on 2012-06-30` -> `abated`).
    static func reasonKind(_ reason: String) -> String {
        reason.hasPrefix("abated") ? "abated" : reason
    }
}
