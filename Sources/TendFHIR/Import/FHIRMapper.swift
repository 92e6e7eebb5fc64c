import Foundation
import TendDomain

/// Maps the FHIR resources tend reads to what tend keeps, field by field (docs/fhir.md). Pure:
/// no store, no files; `today` decides whether an abatement is in the past and refuses visits
/// dated in the future.
public struct FHIRMapper: Sendable {
    /// The practice's today.
    public let today: LocalDate
    /// Which encounter codes are qualifying visits or SNF stays.
    public let visitCodes: VisitCodeTable

    /// Creates a mapper.
    public init(today: LocalDate, visitCodes: VisitCodeTable) {
        self.today = today
        self.visitCodes = visitCodes
    }

    /// Maps one resource read from `file`.
    public func map(_ item: FHIRItem, file: String) -> MappedResource {
        let source = FHIRSource(file: file, line: item.line, resource: "\(item.resource.typeName)/\(item.resource.id ?? "(no id)")")
        switch item.resource {
        case .patient(let r): return .patient(map(r, source: source, fullUrl: item.fullUrl))
        case .condition(let r): return .condition(map(r, source: source))
        case .encounter(let r): return .encounter(map(r, source: source))
        case .practitioner(let r): return .practitioner(map(r, source: source, fullUrl: item.fullUrl))
        case .coverage(let r): return .coverage(map(r, source: source))
        }
    }

    // MARK: Patient

    func map(_ r: FHIRPatient, source: FHIRSource, fullUrl: String?) -> MappedPatient {
        var notes: [String] = []
        var problems: [String] = []
        let name = Self.name(r.name, problems: &problems)
        var dob: LocalDate?
        if let text = r.birthDate {
            if let date = try? LocalDate.parse(text), date <= today { dob = date }
            else { problems.append("birth date '\(text)' is not a full date in the past") }
        } else {
            problems.append("no birth date")
        }
        let identifiers = (r.identifier ?? []).filter { $0.use != "old" }
        var mrn: String?
        if let value = identifiers.first(where: { $0.hasType("MR") })?.value?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
            do { try TextValidation.checkFreeText(value, field: "MRN", maxLength: 40); mrn = value }
            catch { notes.append("MRN not stored: \(error)") }
        }
        var mbi: MBI?
        if let value = identifiers.first(where: Self.isMBI)?.value {
            do { mbi = try MBI(validating: value) } catch { notes.append("MBI not stored: \(error)") }
        }
        if mrn == nil && mbi == nil { problems.append("no MRN (identifier of type MR) and no valid MBI to match it by") }
        var phone: PhoneNumber?
        let phones = (r.telecom ?? []).filter { $0.system == "phone" && $0.use != "old" && $0.value != nil }
            .sorted { ($0.rank ?? Int.max) < ($1.rank ?? Int.max) }
        for candidate in phones {
            if let valid = try? PhoneNumber(validating: candidate.value!) { phone = valid; break }
        }
        if phone == nil, let first = phones.first?.value { notes.append("phone '\(first)' not stored: not a valid phone number") }
        var language: String?
        let communications = r.communication ?? []
        if let chosen = communications.first(where: { $0.preferred == true }) ?? communications.first,
           let concept = chosen.language {
            let text = concept.text ?? concept.coding?.first?.display ?? concept.coding?.first?.code
            if let text, (try? TextValidation.checkFreeText(text, field: "language", maxLength: 40)) != nil { language = text }
            else if let text { notes.append("language '\(text)' not stored: not one line of at most 40 characters") }
        }
        var practitionerKeys: [String] = []
        var npis: [NPI] = []
        for reference in r.generalPractitioner ?? [] {
            if let ref = reference.reference { practitionerKeys.append(FHIRReferenceKey.key(ref)) }
            if let identifier = reference.identifier, identifier.system == FHIRSystem.npi, let value = identifier.value {
                do { npis.append(try NPI(validating: value)) }
                catch { notes.append("general practitioner's NPI not used: \(error)") }
            }
        }
        let identifierKeys = [mrn.map(FHIRReferenceKey.mrnKey), mbi.map(FHIRReferenceKey.mbiKey)].compactMap { $0 }
        return MappedPatient(source: source, keys: FHIRReferenceKey.keys(type: "Patient", id: r.id, fullUrl: fullUrl) + identifierKeys,
                             name: name, dateOfBirth: dob, mrn: mrn, mbi: mbi, phone: phone, language: language,
                             practitionerKeys: practitionerKeys, practitionerNPIs: npis,
                             unusable: problems.isEmpty ? nil : problems.joined(separator: "; "), notes: notes)
    }

    /// The name to keep: official, else usual, else the first; family and given required.
    static func name(_ names: [FHIRHumanName]?, problems: inout [String]) -> PersonName? {
        let names = names ?? []
        guard let chosen = names.first(where: { $0.use == "official" }) ?? names.first(where: { $0.use == "usual" }) ?? names.first else {
            problems.append("no name")
            return nil
        }
        let family = chosen.family ?? ""
        let given = (chosen.given ?? []).joined(separator: " ")
        do { return try PersonName(family: family, given: given) } catch {
            problems.append("name not usable: \(error)")
            return nil
        }
    }

    static func isMBI(_ identifier: FHIRIdentifier) -> Bool {
        identifier.system == FHIRSystem.mbi || identifier.hasType("MB") || identifier.hasType("MC")
    }

    // MARK: Condition

    static let countingCategories: Set<String> = ["problem-list-item", "health-concern", "encounter-diagnosis"]
    static let countingClinical: Set<String> = ["active", "recurrence", "relapse"]

    func map(_ r: FHIRCondition, source: FHIRSource) -> MappedCondition {
        var mapped = MappedCondition(source: source, subject: r.subject.flatMap(FHIRReferenceKey.key),
                                     icd10: [], snomed: [], notCounted: nil)
        if let reason = notCountedReason(r) { mapped.notCounted = reason; return mapped }
        let concept = r.code ?? FHIRCodeableConcept()
        var invalid: [String] = []
        for text in concept.codes(in: FHIRSystem.icd10CM) {
            if let code = try? ICD10Code(validating: text) { if !mapped.icd10.contains(code) { mapped.icd10.append(code) } }
            else { invalid.append("ICD-10-CM '\(text)'") }
        }
        if mapped.icd10.isEmpty {
            for text in concept.codes(in: FHIRSystem.snomed) {
                if let code = try? SNOMEDCode(validating: text) { if !mapped.snomed.contains(code) { mapped.snomed.append(code) } }
                else { invalid.append("SNOMED CT '\(text)'") }
            }
        }
        if mapped.icd10.isEmpty && mapped.snomed.isEmpty {
            let systems = Set((concept.coding ?? []).compactMap(\.system)).sorted()
            mapped.notCounted = invalid.isEmpty
                ? "coded in neither ICD-10-CM nor SNOMED CT" + (systems.isEmpty ? "" : " (\(systems.joined(separator: ", ")))")
                : "invalid code(s) \(invalid.joined(separator: ", "))"
        }
        return mapped
    }

    func notCountedReason(_ r: FHIRCondition) -> String? {
        if let categories = r.category, !categories.isEmpty {
            let codes = categories.flatMap { ($0.coding ?? []).compactMap(\.code) }
            if !codes.contains(where: Self.countingCategories.contains) {
                return "category \(codes.isEmpty ? "(uncoded)" : codes.joined(separator: ", ")) is not a problem-list item, health concern or encounter diagnosis"
            }
        }
        let verification = r.verificationStatus?.codes(in: FHIRSystem.conditionVerification) ?? []
        if let bad = verification.first(where: { $0 == "entered-in-error" || $0 == "refuted" }) { return "verification status \(bad)" }
        let clinical = r.clinicalStatus?.codes(in: FHIRSystem.conditionClinical) ?? []
        if let status = clinical.first, !Self.countingClinical.contains(status) { return "clinical status \(status)" }
        if r.abatementString != nil || r.abatementAge != nil || r.abatementRange != nil { return "abated" }
        if let text = r.abatementDateTime ?? r.abatementPeriod?.end ?? r.abatementPeriod?.start {
            guard let date = Self.date(text) else { return "abatement '\(text)' is not a date" }
            if date <= today { return "abated on \(date)" }
        }
        return nil
    }

    /// The calendar date a FHIR date or date-time is written on (its first 10 characters), as the
    /// EHR wrote it; nil for a partial date.
    static func date(_ text: String) -> LocalDate? {
        try? LocalDate.parse(String(text.prefix(10)))
    }

    // MARK: Encounter

    static let stayClasses: Set<String> = ["IMP", "ACUTE", "NONAC"]
    static let visitClasses: Set<String> = ["AMB", "HH", "VR"]

    func map(_ r: FHIREncounter, source: FHIRSource) -> MappedEncounter {
        let subject = r.subject.flatMap(FHIRReferenceKey.key)
        func ignored(_ reason: String) -> MappedEncounter { MappedEncounter(source: source, subject: subject, outcome: .ignored(reason)) }
        let classCode = r.class?.code?.uppercased()
        let meanings = encounterMeanings(r)
        let isSNF = meanings.contains(.snfStay)
        if isSNF || classCode.map(Self.stayClasses.contains) == true {
            guard r.status == "finished" else { return ignored("inpatient encounter \(r.status ?? "without status"): no discharge yet") }
            guard let admitText = r.period?.start, let admit = Self.date(admitText) else { return ignored("inpatient encounter without an admission date") }
            guard let endText = r.period?.end, let discharge = Self.date(endText), discharge >= admit else {
                return ignored("inpatient encounter without a discharge date on or after admission")
            }
            let facility = (r.location?.first?.location?.display ?? r.serviceProvider?.display)
                .flatMap { (try? TextValidation.checkFreeText($0, field: "facility", maxLength: 100)) != nil ? $0 : nil }
            return MappedEncounter(source: source, subject: subject,
                                   outcome: .stay(MappedStay(kind: isSNF ? .snf : .hospital, admit: admit, discharge: discharge, facility: facility)))
        }
        guard r.status == "finished" else { return ignored("encounter not finished (\(r.status ?? "no status"))") }
        if let classCode, !Self.visitClasses.contains(classCode) { return ignored("encounter class \(classCode) is not an office, home or telehealth visit") }
        let kinds = meanings.compactMap { meaning -> VisitKind? in if case .visit(let kind) = meaning { return kind }; return nil }
        guard let kind = [VisitKind.awv, .ippe, .em].first(where: kinds.contains) else {
            return ignored("encounter type not a qualifying visit (E/M, AWV or IPPE)")
        }
        guard let startText = r.period?.start, let date = Self.date(startText) else { return ignored("visit without a date") }
        guard date <= today else { return ignored("visit dated in the future") }
        return MappedEncounter(source: source, subject: subject, outcome: .visit(QualifyingVisit(date: date, kind: kind)))
    }

    func encounterMeanings(_ r: FHIREncounter) -> [EncounterCodeMeaning] {
        let codings = (r.type ?? []).flatMap { $0.coding ?? [] } + (r.serviceType?.coding ?? [])
        return codings.compactMap { coding in
            guard let code = coding.code, let system = coding.system else { return nil }
            let table: EncounterCodeSystem
            if system == FHIRSystem.cpt { table = .cpt }
            else if FHIRSystem.hcpcs.contains(system) { table = .hcpcs }
            else if system == FHIRSystem.snomed { table = .snomed }
            else if system == FHIRSystem.roleCode { table = .v3RoleCode }
            else { return nil }
            return visitCodes.meaning(of: code, in: table)
        }
    }

    // MARK: Practitioner, Coverage

    func map(_ r: FHIRPractitioner, source: FHIRSource, fullUrl: String?) -> MappedPractitioner {
        var notes: [String] = []
        var npi: NPI?
        if let value = (r.identifier ?? []).first(where: { $0.system == FHIRSystem.npi })?.value {
            do { npi = try NPI(validating: value) } catch { notes.append("NPI not used: \(error)") }
        }
        return MappedPractitioner(source: source, keys: FHIRReferenceKey.keys(type: "Practitioner", id: r.id, fullUrl: fullUrl),
                                  npi: npi, notes: notes)
    }

    func map(_ r: FHIRCoverage, source: FHIRSource) -> MappedCoverage {
        var mapped = MappedCoverage(source: source, subject: r.beneficiary.flatMap(FHIRReferenceKey.key), mbi: nil, notes: [])
        if r.status == "cancelled" || r.status == "entered-in-error" { return mapped }
        var text = (r.identifier ?? []).first(where: Self.isMBI)?.value
        if text == nil, let subscriber = r.subscriberId, isMedicare(r) { text = subscriber }
        if let text {
            do { mapped.mbi = try MBI(validating: text) } catch { mapped.notes.append("MBI not stored: \(error)") }
        }
        return mapped
    }

    func isMedicare(_ r: FHIRCoverage) -> Bool {
        let texts = (r.payor ?? []).compactMap(\.display) + [r.type?.text].compactMap { $0 }
            + (r.type?.coding ?? []).compactMap(\.display)
        return texts.contains { $0.lowercased().contains("medicare") }
    }
}
