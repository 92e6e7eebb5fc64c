import Foundation
import TendDomain
import TendFHIR
import TendStore

/// The audit record of a FHIR import: each patient created or changed, with its source files.
struct FHIRImportAudit: Encodable {
    var files: [String]
    var refusedFiles: [String]
    var created: [FHIRPatientChange]
    var updated: [FHIRPatientChange]
}

/// Thrown inside the write when there is nothing to commit, so that nothing is audited.
private struct NothingToImport: Error {}

extension Session {
    /// Imports FHIR R4 files (Bundles or Bulk Data NDJSON; directories searched recursively):
    /// patients matched by MRN, then MBI; the EHR's demographics, problems, visits and stays
    /// written; consent, care plan, time and calls never touched. A file that is not JSON or not
    /// FHIR is refused by path and line and nothing from it is used; the other files still
    /// import. One audited commit for the whole import (none when nothing changes or `dryRun`).
    public func importFHIR(paths: [String], dryRun: Bool) throws -> FHIRImportResult {
        try require(.patientImportFHIR, doing: "importing FHIR files")
        let mapper = FHIRMapper(today: today, visitCodes: try VisitCodeTable.bundled())
        var result = FHIRImportResult(dryRun: dryRun)
        // The files are read and mapped in parallel (each on its own), then gathered in path order.
        let files = FHIRFileReading.files(paths)
        let read = try Parallel.map(files.count) { index -> (FHIRFileSummary, [MappedResource]?) in
            var summary = FHIRFileSummary(path: files[index])
            let mapped = FHIRFileReading.read(files[index], mapper: mapper, summary: &summary)
            return (summary, mapped)
        }
        var resources: [MappedResource] = []
        for (summary, mapped) in read {
            if let mapped { resources += mapped }
            result.files.append(summary)
        }
        let batch = FHIRImportBatch(resources)
        resources = []
        result.unlinked = batch.unlinked.map { "\($0.source): \($0.reason)" }
        result.conditionsNotCounted = batch.conditionsNotCounted
        result.encountersIgnored = batch.ignoredEncounters
        result.notes = batch.practitionerNotes
        let planned = result
        do {
            if dryRun {
                result = try store.read { try planImport(batch, into: planned, change: nil) }
            } else {
                try store.write(account, action: .patientImportFHIR, at: now) { change in
                    change.bulk = true
                    result = try planImport(batch, into: planned, change: change)
                    if result.nothingChanged { throw NothingToImport() }
                    change.summary = "FHIR import: \(result.created.count) created, \(result.updated.count) updated, \(result.unchanged) unchanged, from \(result.files.filter { $0.refused == nil }.count) file(s)"
                        + (result.anyRefused ? "; \(result.files.filter { $0.refused != nil }.count) file(s) refused" : "")
                    change.describe(FHIRImportAudit(files: result.files.filter { $0.refused == nil }.map(\.path),
                                                    refusedFiles: result.files.filter { $0.refused != nil }.map(\.path),
                                                    created: result.created, updated: result.updated))
                }
            }
        } catch is NothingToImport {
            // `result` holds the plan: nothing to change, so nothing was committed or audited.
        }
        return result
    }

    /// Matches and applies every patient of `batch` against the store (read under the caller's
    /// lock); stages the changes in `change` when given.
    private func planImport(_ batch: FHIRImportBatch, into start: FHIRImportResult, change: (any ChangeSet)?) throws -> FHIRImportResult {
        var result = start
        var all = try store.allPatients()
        var byMRN: [String: Int] = [:], byMBI: [MBI: Int] = [:], byIdentity: [PatientIdentityKey: [Int]] = [:]
        func index(_ i: Int) {
            if let mrn = all[i].mrn { byMRN[mrn] = i }
            if let mbi = all[i].mbi { byMBI[mbi] = i }
            byIdentity[all[i].identityKey, default: []].append(i)
        }
        for i in all.indices { index(i) }
        let staffByNPI = Dictionary(try store.roster().members.filter { $0.active && $0.npi != nil }.map { ($0.npi!, $0.login) },
                                    uniquingKeysWith: { a, _ in a })
        var taken: Set<PatientID> = []
        var fileCounts: [String: (created: Int, updated: Int, unchanged: Int)] = [:]
        for ehr in batch.patients {
            let source = ehr.patient.source
            let label = "\(source): \(ehr.patient.name?.displayName ?? "(no name)"), born \(ehr.patient.dateOfBirth.map { "\($0)" } ?? "(no date)")"
            if let reason = ehr.patient.unusable { result.notImported.append("\(label): \(reason)"); continue }
            let byRecordNumber = ehr.patient.mrn.flatMap { byMRN[$0] }
            let byBeneficiary = ehr.mbi.flatMap { byMBI[$0] }
            if let a = byRecordNumber, let b = byBeneficiary, a != b {
                result.forAPersonToDecide.append("\(label): its MRN belongs to \(all[a].messageText) and its MBI to \(all[b].messageText); not imported")
                continue
            }
            let notes = ehr.notes.map { "\(label): \($0)" }
            result.notes += notes
            if let i = byRecordNumber ?? byBeneficiary {
                let previous = all[i]
                let (patient, changes, counts) = apply(ehr, to: previous, byMRN: byMRN, byMBI: byMBI, self: i, staffByNPI: staffByNPI)
                tally(&result, counts)
                if changes.isEmpty {
                    result.unchanged += 1
                    fileCounts[source.file, default: (0, 0, 0)].unchanged += 1
                    continue
                }
                var updated = patient
                updated.version += 1
                try change?.put(updated, replacing: previous)
                all[i] = updated
                index(i)
                result.updated.append(FHIRPatientChange(patient: updated.id, name: updated.name.displayName, dateOfBirth: updated.dateOfBirth,
                                                        changes: changes, files: ehr.files.sorted()))
                fileCounts[source.file, default: (0, 0, 0)].updated += 1
                continue
            }
            guard let name = ehr.patient.name, let dob = ehr.patient.dateOfBirth else { continue }
            let newPatientID = try unusedPatientID(besides: taken)
            var blank = Patient(id: newPatientID, name: name, dateOfBirth: dob, createdAt: now)
            blank.version = 0
            let (applied, changes, counts) = apply(ehr, to: blank, byMRN: byMRN, byMBI: byMBI, self: nil, staffByNPI: staffByNPI)
            var patient = applied
            patient.version = 1
            if let same = byIdentity[patient.identityKey], !same.isEmpty {
                let named = same.map { all[$0].messageText }.joined(separator: "; ")
                result.forAPersonToDecide.append("\(label): same name and date of birth as \(named), but no matching MRN or MBI; not imported (if it is the same person, record the EHR's MRN on that patient; if not, add this one with tend patient add --different-person)")
                continue
            }
            tally(&result, counts)
            try change?.put(patient, replacing: nil)
            taken.insert(patient.id)
            all.append(patient)
            index(all.count - 1)
            result.created.append(FHIRPatientChange(patient: patient.id, name: name.displayName, dateOfBirth: dob,
                                                    changes: changes, files: ehr.files.sorted()))
            fileCounts[source.file, default: (0, 0, 0)].created += 1
        }
        for i in result.files.indices {
            let counts = fileCounts[result.files[i].path] ?? (0, 0, 0)
            result.files[i].created = counts.created
            result.files[i].updated = counts.updated
            result.files[i].unchanged = counts.unchanged
        }
        return result
    }

    private struct ApplyCounts {
        var problemsAdded = 0, problemsRemoved = 0, visits = 0, staysAdded = 0, staysChanged = 0
        /// Reported, not changed (an identifier another patient holds, a different practitioner).
        var notes: [String] = []
    }

    private func tally(_ result: inout FHIRImportResult, _ counts: ApplyCounts) {
        result.problemsAdded += counts.problemsAdded
        result.problemsRemoved += counts.problemsRemoved
        result.visitsAdded += counts.visits
        result.staysAdded += counts.staysAdded
        result.staysChanged += counts.staysChanged
        result.notes += counts.notes
    }

    /// The patient with what the EHR owns taken from `ehr`, and the changes in words. Fields the
    /// EHR did not send are kept; consent, plan, care manager, programs are never touched.
    private func apply(_ ehr: EHRPatient, to start: Patient, byMRN: [String: Int], byMBI: [MBI: Int], self own: Int?,
                       staffByNPI: [NPI: String]) -> (Patient, [String], ApplyCounts) {
        var p = start
        var changes: [String] = []
        var counts = ApplyCounts()
        let isNew = start.version == 0
        if let name = ehr.patient.name, name != p.name { changes.append("name \(p.name) → \(name)"); p.name = name }
        if let dob = ehr.patient.dateOfBirth, dob != p.dateOfBirth { changes.append("date of birth \(p.dateOfBirth) → \(dob)"); p.dateOfBirth = dob }
        if let mrn = ehr.patient.mrn, mrn != p.mrn {
            if let holder = byMRN[mrn], holder != own { counts.notes.append("\(p.name), born \(p.dateOfBirth): MRN \(mrn) not set: another patient holds it") }
            else { changes.append(isNew ? "MRN \(mrn)" : "MRN \(p.mrn ?? "none") → \(mrn)"); p.mrn = mrn }
        }
        if let mbi = ehr.mbi, mbi != p.mbi {
            if let holder = byMBI[mbi], holder != own { counts.notes.append("\(p.name), born \(p.dateOfBirth): MBI \(mbi.formatted) not set: another patient holds it") }
            else { changes.append("MBI \(mbi.formatted)"); p.mbi = mbi }
        }
        if let phone = ehr.patient.phone, phone != p.phone { changes.append("phone \(phone)"); p.phone = phone }
        if let language = ehr.patient.language, language != p.language { changes.append("language \(language)"); p.language = language }
        if let login = ehr.practitionerNPIs.lazy.compactMap({ staffByNPI[$0] }).first, login != p.billingPractitioner {
            if p.billingPractitioner == nil { changes.append("billing practitioner \(login)"); p.billingPractitioner = login }
            else {
                // Kept: a new billing practitioner needs a new consent, which a person arranges.
                counts.notes.append("\(p.name), born \(p.dateOfBirth): the EHR names \(login) as general practitioner; tend keeps \(p.billingPractitioner!) as billing practitioner (change it with tend patient update --billing-practitioner)")
            }
        }
        if ehr.problemsSent {
            let icd = Set(ehr.icd10), old = Set(p.conditions)
            if icd != old {
                let removed = p.conditions.filter { !icd.contains($0) }
                let added = ehr.icd10.filter { !old.contains($0) }
                p.conditions = p.conditions.filter(icd.contains) + added
                counts.problemsAdded += added.count
                counts.problemsRemoved += removed.count
                changes += added.map { "+\($0)" } + removed.map { "-\($0)" }
            }
            let snomed = Set(ehr.snomed), oldSnomed = Set(p.snomedProblems ?? [])
            if snomed != oldSnomed {
                let removed = (p.snomedProblems ?? []).filter { !snomed.contains($0) }
                let added = ehr.snomed.filter { !oldSnomed.contains($0) }
                let kept = (p.snomedProblems ?? []).filter(snomed.contains) + added
                p.snomedProblems = kept.isEmpty ? nil : kept
                counts.problemsAdded += added.count
                counts.problemsRemoved += removed.count
                changes += added.map { "+SNOMED \($0)" } + removed.map { "-SNOMED \($0)" }
            }
        }
        let newVisits = ehr.visits.filter { !p.visits.contains($0) }
        if let latest = newVisits.last {
            p.visits += newVisits
            counts.visits += newVisits.count
            changes.append(newVisits.count == 1 ? "visit \(latest.description)"
                           : "\(newVisits.count) visits (latest \(latest.description))")
        }
        var stays = p.stays ?? []
        for stay in ehr.stays {
            if let i = stays.firstIndex(where: { $0.kind == stay.kind && $0.admit == stay.admit }) {
                guard stays[i].discharge != stay.discharge || (stay.facility != nil && stays[i].facility != stay.facility) else { continue }
                stays[i].discharge = stay.discharge
                if let facility = stay.facility { stays[i].facility = facility }
                counts.staysChanged += 1
                changes.append("\(stay.kind.label) stay from \(stay.admit): discharge \(stay.discharge)")
            } else if let new = try? InpatientStay(id: unusedStayID(in: stays), kind: stay.kind, admit: stay.admit, discharge: stay.discharge,
                                                   facility: stay.facility, source: ehr.staySources[stay],
                                                   recordedBy: account.login, recordedAt: now) {
                stays.append(new)
                counts.staysAdded += 1
                changes.append("\(stay.kind.label) stay \(stay.admit) to \(stay.discharge)")
            }
        }
        if !stays.isEmpty || p.stays != nil { p.stays = stays.isEmpty ? nil : stays.sorted { $0.admit < $1.admit } }
        return (p, changes, counts)
    }

    /// A stay id (`S` and six characters) not used by `stays`.
    private func unusedStayID(in stays: [InpatientStay]) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let id = "S" + PatientID.random(using: &generator).rawValue.dropFirst()
            if !stays.contains(where: { $0.id == id }) { return id }
        }
    }
}
