import Foundation
import TendDomain
import TendFHIR
import TendStore

extension Session {
    /// Writes the store as FHIR R4 NDJSON in the Bulk Data layout (supervisor or admin), one
    /// file per resource type and a manifest: Patient, Condition, CarePlan, Goal and Consent for
    /// every patient (or the `patients` asked), and for every closed month (or `month`, which
    /// must be closed) one ChargeItem per claim line and one DocumentReference per billed
    /// patient-month holding its audit packet.
    ///
    /// `since` keeps what changed on or after that day (in the practice's time zone): the
    /// clinical resources of patients whose record or care plan a change wrote since then (the
    /// audit trail says which), and the claims of months closed or amended since then. The
    /// Patient (with its clinical resources) of every claim line written goes out too, so that
    /// every reference resolves within the export.
    ///
    /// The directory is checked before anything is read (``FHIRExportDirectory``); the export
    /// is audited as `export.fhir`, and the files are written inside that audited change, so an
    /// export that fails to write leaves no audit record claiming it.
    public func exportFHIR(_ request: FHIRExportRequest) throws -> FHIRExportResult {
        try require(.exportFHIR, doing: "exporting FHIR")
        let directory = try FHIRExportDirectory.prepare(request.directory)
        let startedAt = now
        let sinceStart = request.since.map { $0.startInstant(in: timeZone) }
        let (roster, everyone, changed, closes) = try store.read {
            let roster = try store.roster()
            let everyone = request.patients.isEmpty ? try store.allPatients() : try store.patients(request.patients)
            let changed = try sinceStart.map { FHIRExportChanges.patients(changedSince: $0, in: try store.auditRecords()) }
            let months = try request.month.map { [$0] } ?? store.monthsWithTime()
            return (roster, everyone, changed, try months.map { try store.monthClose($0) })
        }
        if let month = request.month, closes.first?.isClosed != true {
            throw DomainError("\(month) is not closed: only a closed month's claims go to the EHR (close it first with `tend month close \(month)`)")
        }
        let context = FHIRExportContext(mrnSystem: request.mrnSystem, staff: roster.members, timeZone: timeZone)
        let selected = request.patients.isEmpty ? nil : Set(request.patients)
        let current = Dictionary(everyone.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // The billed months first: their patients go out too, so that every reference resolves in the export.
        var billing = FHIRBulkOutput()
        var billed: Set<PatientID> = []
        let months = closes.filter { $0.isClosed && (sinceStart.map($0.monthChanged) ?? true) }.map(\.month).sorted()
        var problems: [(month: YearMonth, problem: ClaimProblem)] = []
        for month in months {
            let claims = try claimsExport(month)
            problems += claims.problems.filter { selected?.contains($0.patientId) ?? true }.map { (month, $0) }
            let lines = claims.lines.filter { selected?.contains($0.patientId) ?? true }
            let byPatient = Dictionary(grouping: lines, by: \.patientId)
            let packets = try auditPackets(month, patients: Set(byPatient.keys))
            for id in byPatient.keys.sorted() {
                guard let packet = packets[id] else { throw StoreError.notFound(what: "the audit packet of patient \(id) for \(month)") }
                let patient = current[id] ?? packet.patient
                for line in byPatient[id] ?? [] {
                    try billing.append(FHIRChargeItemOut(line, of: patient, context: context), as: "ChargeItem")
                }
                let text = AuditPacketRenderer.render(packet, style: .text)
                try billing.append(FHIRDocumentReferenceOut(packetText: text, month: month, of: patient, assembledAt: startedAt,
                                                            context: context), as: "DocumentReference")
                billed.insert(id)
            }
        }

        let patients = everyone.filter { (changed?.contains($0.id) ?? true) || billed.contains($0.id) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let plans = try store.read { try patients.map { try store.plan($0.id) } }
        var output = FHIRBulkOutput()
        for (patient, plan) in zip(patients, plans) { try appendClinical(patient, plan: plan, to: &output, context: context) }
        output.append(contentsOf: billing)

        let manifest = FHIRBulkManifest(
            output: output, transactionTime: startedAt, request: request.commandLine,
            tend: .init(practice: store.settings.practice, since: request.since?.description, month: request.month?.description,
                        months: months.map(\.description), patients: patients.count))
        let manifestData = try manifest.encoded()
        let counts = output.files.map { (resourceType: $0.resourceType, count: $0.count) }
        try store.write(account, action: .exportFHIR, patient: patients.count == 1 ? patients[0].id.rawValue : nil, at: now) { change in
            change.summary = "exported FHIR to \(TextSafety.printable(directory.url.path, maxLength: 300)): "
                + (counts.isEmpty ? "nothing" : counts.map { "\($0.count) \($0.resourceType)" }.joined(separator: ", "))
            change.describe(manifest)
            try directory.replace(with: output, manifest: manifestData)
        }
        return FHIRExportResult(directory: directory.url.path, counts: counts, patients: patients.count, months: months, problems: problems)
    }

    /// The Patient, its Conditions, CarePlan, Goals and Consents.
    private func appendClinical(_ patient: Patient, plan: CarePlan, to output: inout FHIRBulkOutput, context: FHIRExportContext) throws {
        try output.append(FHIRPatientOut(patient, context: context), as: "Patient")
        for code in patient.conditions {
            try output.append(FHIRConditionOut(code, of: patient, categoryName: conditionTable.category(for: code)?.label,
                                               context: context), as: "Condition")
        }
        for code in patient.snomedProblems ?? [] {
            try output.append(FHIRConditionOut(code, of: patient, categoryName: conditionTable.category(for: code)?.label,
                                               context: context), as: "Condition")
        }
        if let carePlan = FHIRCarePlanOut(plan, of: patient, context: context) {
            try output.append(carePlan, as: "CarePlan")
            for goal in plan.goals { try output.append(FHIRGoalOut(goal, of: patient, context: context), as: "Goal") }
        }
        var numbers: [CareProgram: Int] = [:]
        for consent in patient.consents {
            numbers[consent.program, default: 0] += 1
            try output.append(FHIRConsentOut(consent, number: numbers[consent.program]!, of: patient, context: context), as: "Consent")
        }
    }
}

private extension MonthClose {
    func monthChanged(_ since: Date) -> Bool { FHIRExportChanges.monthChanged(self, since: since) }
}
