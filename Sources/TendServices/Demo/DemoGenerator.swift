import Foundation
import TendDomain
import TendStore

/// Builds a fictional, realistic store for trying the product and for benchmarks: accented and
/// CJK names, patients not eligible, candidates without consent, incomplete consents, declines
/// and revocations, incomplete and unshared care plans, and months of time history up to now
/// with no overlapping entries for any staff member. Deterministic for a given seed and "now".
public struct DemoGenerator {
    /// Number of patients.
    public var patients: Int
    /// Months of history, the current month included.
    public var months: Int
    /// Random seed.
    public var seed: UInt64

    /// Creates a generator.
    public init(patients: Int, months: Int, seed: UInt64) {
        self.patients = patients
        self.months = months
        self.seed = seed
    }

    /// What the generator made, for the message printed afterwards.
    public struct Summary: Sendable {
        /// Patients created.
        public var patients: Int
        /// Staff members created (the running account included).
        public var staff: Int
        /// Time entries created.
        public var entries: Int
    }

    /// Creates the store at `root`; the running account becomes admin, supervisor and a nurse
    /// (RN) with its own share of patients, so that its call list is not empty.
    public func create(at root: URL, account: Account, timeZone: String, now: Date) throws -> (JSONFileStore, Summary) {
        let (store, summary) = try create(in: DirectoryPlace(root), account: account, timeZone: timeZone, now: now)
        guard let files = store as? JSONFileStore else { preconditionFailure("a directory place makes a JSON-file store") }
        return (files, summary)
    }

    /// Creates the demo store in `place` (a directory or a database).
    public func create(in place: any StorePlace, account: Account, timeZone: String, now: Date) throws -> (any RecordStore, Summary) {
        guard (1...200_000).contains(patients) else { throw DomainError("--patients must be between 1 and 200000") }
        guard (1...120).contains(months) else { throw DomainError("--months must be between 1 and 120") }
        guard let zone = TimeZone(identifier: timeZone) else { throw DomainError("unknown time zone \(timeZone)") }
        var random = SeededRandom(seed: seed)
        let staff = makeStaff(account: account)
        let nurses = staff.filter { $0.has(.nurse) }
        let practitioners = staff.filter { $0.credential.isPractitioner }
        let settings = StoreSettings(schemaVersion: place.schemaVersion, practice: "Riverside Family Medicine (demo)",
                                     timeZone: timeZone, createdAt: now.truncatedToSecond, createdBy: account.login)
        let schedules = try FeeSchedule.bundledSchedules()
        var summary = Summary(patients: patients, staff: staff.count, entries: 0)
        var book = TimeBook(zone: zone, now: now)
        let today = LocalDate(now, in: zone)
        let firstMonth = today.yearMonth.adding(months: -(months - 1))
        let store = try place.create(settings: settings, account: account, at: now) { change in
            change.bulk = true
            try change.put(StaffRoster(version: 1, members: staff))
            for schedule in schedules { try change.put(schedule, year: schedule.year!) }
            var flags: [PatientMonthFlags] = []
            var names = DemoNamePicker()
            var ids: Set<PatientID> = []
            for index in 0..<patients {
                let made = try makePatient(index, nurses: nurses, practitioners: practitioners, firstMonth: firstMonth,
                                           today: today, zone: zone, now: now, names: &names, ids: &ids, random: &random)
                var patient = made.patient
                patient.plan = made.plan.summary(in: zone)
                try change.put(patient, replacing: nil)
                if !made.plan.revisions.isEmpty { try change.put(made.plan) }
                flags += makeTime(for: patient, consentMonth: made.firstCareMonth, lastMonth: made.lastCareMonth,
                                  nurses: nurses, practitioners: practitioners, book: &book, random: &random)
            }
            var entries: [TimeEntry] = []
            for log in book.logs.values.sorted(by: { ($0.month, $0.staff) < ($1.month, $1.staff) }) {
                try change.put(log)
                summary.entries += log.entries.count
                entries += log.entries
            }
            try change.indexTimeEntries(entries)
            for flag in flags { try change.put(flag) }
            change.summary = "created a demo store: \(patients) fictional patients, \(staff.count) staff, \(summary.entries) time entries over \(months) months (seed \(seed))"
                + (names.namesakes.isEmpty ? "" : "; \(names.namesakes.count) same-name pair(s) on purpose, different persons told apart by date of birth and MRN"
                   + (names.namesakes.count > 5 ? " (listed in this record)"
                      : ": " + names.namesakes.map { "\($0.patient) and \($0.sameNameAs)" }.joined(separator: ", ")))
            change.describe(DemoStoreRecord(settings: settings, seed: seed, patients: patients, months: months, sameNamePairs: names.namesakes.map {
                DemoStoreRecord.Pair(patient: $0.patient, sameNameAs: $0.sameNameAs,
                                     reason: "demo: a different person with the same name, told apart by date of birth and MRN")
            }))
        }
        return (store, summary)
    }

    private func makeStaff(account: Account) -> [StaffMember] {
        let nurseCount = max(3, patients / 150)
        var members = [StaffMember(login: account.login, name: "You (\(account.login))", credential: .RN,
                                   roles: [.admin, .supervisor, .nurse])]
        for i in 0..<(nurseCount - 1) {
            let (family, given) = DemoNames.nurses[i % DemoNames.nurses.count]
            let login = "\(given.lowercased().prefix(1))\(family.lowercased())\(i < DemoNames.nurses.count ? "" : String(i))"
            members.append(StaffMember(login: login, name: "\(given) \(family)", credential: i % 5 == 4 ? .LPN : .RN, roles: [.nurse]))
        }
        for i in 0..<max(2, patients / 1000) {
            let (family, given, credential) = DemoNames.practitioners[i % DemoNames.practitioners.count]
            let login = "\(given.lowercased().prefix(1))\(family.lowercased())\(i < DemoNames.practitioners.count ? "" : String(i))"
            members.append(StaffMember(login: login, name: "\(given) \(family), \(credential)",
                                       credential: Credential(rawValue: credential)!, roles: [.practitioner],
                                       npi: Self.npi(i)))
        }
        return members
    }

    private struct MadePatient {
        var patient: Patient
        var plan: CarePlan
        var firstCareMonth: YearMonth?
        var lastCareMonth: YearMonth?
    }

    private static let conditionPool: [(String, Int)] = [
        ("E11.9", 20), ("I10", 30), ("N18.3", 8), ("I50.9", 7), ("J44.9", 8), ("E78.5", 15), ("F32.9", 6),
        ("I48.91", 6), ("M17.11", 6), ("G30.9", 3), ("E03.9", 6), ("J45.909", 4), ("I25.10", 8), ("F41.1", 4),
        ("E11.65", 5), ("M81.0", 3), ("H40.9", 2), ("K21.9", 4), ("Z79.4", 2), ("E66.9", 4),
    ]

    private func makePatient(_ index: Int, nurses: [StaffMember], practitioners: [StaffMember], firstMonth: YearMonth,
                             today: LocalDate, zone: TimeZone, now: Date, names: inout DemoNamePicker, ids: inout Set<PatientID>,
                             random: inout SeededRandom) throws -> MadePatient {
        var id = PatientID.random(using: &random)
        while ids.contains(id) { id = PatientID.random(using: &random) }
        ids.insert(id)
        let (name, dob) = try names.pick(index: index, id: id,
                                         drawnBirthDate: today.adding(days: -Int.random(in: (65 * 365)...(94 * 365), using: &random)),
                                         random: &random)
        var conditions: [ICD10Code] = []
        let wanted = random.chance(0.1) ? 1 : Int.random(in: 2...4, using: &random)
        while conditions.count < wanted {
            let total = Self.conditionPool.reduce(0) { $0 + $1.1 }
            var roll = Int.random(in: 0..<total, using: &random)
            for (code, weight) in Self.conditionPool {
                roll -= weight
                if roll < 0 { let c = try ICD10Code(validating: code); if !conditions.contains(c) { conditions.append(c) }; break }
            }
        }
        let careManager = nurses[index % nurses.count].login
        let practitioner = practitioners[index % practitioners.count].login
        var patient = Patient(
            id: id, name: name, dateOfBirth: dob,
            mrn: String(format: "M%07d", 100_000 + index), mbi: try MBI(validating: Self.mbi(&random)),
            phone: try PhoneNumber(validating: String(format: "(555) 01%d-%04d", index % 10, Int.random(in: 0...9999, using: &random))),
            callWindow: random.chance(0.6) ? try CallWindow.parse(random.pick(["mon-fri 9-12", "mon-fri 13-17", "tue,thu 10-15", "mon-sat 8-11"])) : nil,
            language: random.chance(0.15) ? random.pick(["es", "vi", "zh", "ko", "pl", "pt"]) : "en",
            conditions: conditions, careManager: careManager, billingPractitioner: practitioner, createdAt: now)
        var plan = CarePlan(patientId: id, version: 0)
        let roll = Double.random(in: 0..<1, using: &random)
        guard conditions.count >= 2, roll < 0.86 else {
            // Not eligible, or an enrollment candidate with no consent yet.
            if random.chance(0.7) { patient.visits = [QualifyingVisit(date: today.adding(days: -Int.random(in: 10...300, using: &random)), kind: .awv)] }
            return MadePatient(patient: patient, plan: plan, firstCareMonth: nil, lastCareMonth: nil)
        }
        // Consent at some point of the history (most of them well before this month).
        let span = max(1, today.yearMonth.firstDay.days(until: today) + (months - 1) * 30)
        let consentDate = today.adding(days: -Int.random(in: 0...span, using: &random) * (random.chance(0.9) ? 1 : 0))
        patient.visits = [QualifyingVisit(date: consentDate.adding(days: -Int.random(in: random.chance(0.96) ? 0...300 : 400...500, using: &random)),
                                          kind: random.pick([.awv, .em, .em, .ippe]))]
        var disclosures = Set(Disclosure.allCases)
        let declined = roll > 0.82
        if !declined, random.chance(0.04) { disclosures.remove(random.pick(Disclosure.allCases)) }
        var consent = Consent(date: consentDate, method: random.chance(0.7) ? .verbal : .written, obtainedBy: careManager,
                              billingPractitioner: practitioner, disclosuresGiven: disclosures, declined: declined,
                              recordedAt: consentDate.startInstant(in: zone).addingTimeInterval(11 * 3600))
        if declined {
            patient.consents = [consent]
            patient.enrollment.append(EnrollmentChange(status: .declined, date: consentDate, by: careManager))
            return MadePatient(patient: patient, plan: plan, firstCareMonth: nil, lastCareMonth: nil)
        }
        var lastMonth = today.yearMonth
        if consent.counts {
            patient.enrollment.append(EnrollmentChange(status: .enrolled, date: consentDate, by: careManager))
            if random.chance(0.03), consentDate.yearMonth < today.yearMonth {
                let revoked = consentDate.adding(days: Int.random(in: 1...max(1, consentDate.days(until: today)), using: &random))
                consent.revokedOn = revoked
                lastMonth = revoked.yearMonth
                patient.enrollment.append(EnrollmentChange(status: .disenrolled, date: revoked, by: careManager, reason: "patient asked to stop"))
            }
        }
        patient.consents = [consent]
        // The care plan: usually established within days of consent, sometimes incomplete or never shared.
        if random.chance(0.92) {
            let author = careManager
            let day = min(today, consentDate.adding(days: Int.random(in: 0...10, using: &random)))
            let at = day.startInstant(in: zone).addingTimeInterval(Double(Int.random(in: 9...16, using: &random)) * 3600)
            guard at <= now else { return MadePatient(patient: patient, plan: plan, firstCareMonth: consent.counts ? consentDate.yearMonth : nil, lastCareMonth: lastMonth) }
            var changes: [PlanChange] = [.setElement(.problems, text: conditions.map(\.rawValue).joined(separator: ", ") + ": see problem list; stable, monitored monthly.")]
            if random.chance(0.95) {
                changes.append(.addGoal(Goal(id: 1, text: "Keep blood pressure controlled", target: "below 140/90 at home readings",
                                             due: day.adding(months: 6))))
            }
            let complete = random.chance(0.7)
            let optional: [(CarePlanElement, String)] = [
                (.prognosis, "Expected to remain stable with adherence; risk of decompensation if readings rise."),
                (.symptoms, "Call the nurse line for swelling, shortness of breath, chest pain or dizziness."),
                (.interventions, "Monthly nurse call; medication review each quarter; labs every 3 months."),
                (.medications, "Reconciled list kept in the chart; pill organiser weekly; pharmacy refills synchronised."),
                (.services, "Meals on wheels referral; transport to appointments arranged."),
                (.coordination, "Cardiology and nephrology notes reviewed on receipt; care manager relays changes."),
                (.review, "Reviewed every 3 months and after any hospital stay."),
            ]
            for (element, text) in optional where complete || random.chance(0.5) { changes.append(.setElement(element, text: text)) }
            plan.apply(changes, author: author, at: at)
            plan.version = 1
            if random.chance(0.85) {
                let shareDay = min(today, day.adding(days: Int.random(in: 0...14, using: &random)))
                plan.recordShare(PlanShare(date: shareDay, method: random.pick([.paper, .portal, .mail]), by: author,
                                           recordedAt: min(now, shareDay.startInstant(in: zone).addingTimeInterval(15 * 3600))))
                plan.version = 2
            }
        }
        return MadePatient(patient: patient, plan: plan, firstCareMonth: consent.counts ? consentDate.yearMonth : nil, lastCareMonth: lastMonth)
    }

    /// Time for each care month of a consented patient, placed in free slots of the staff's days.
    private func makeTime(for patient: Patient, consentMonth: YearMonth?, lastMonth: YearMonth?, nurses: [StaffMember],
                          practitioners: [StaffMember], book: inout TimeBook, random: inout SeededRandom) -> [PatientMonthFlags] {
        guard let consentMonth, let lastMonth, let consent = patient.consents.last else { return [] }
        var flags: [PatientMonthFlags] = []
        let today = LocalDate(book.now, in: book.zone)
        let first = max(consentMonth, today.yearMonth.adding(months: -(months - 1)))
        var month = first
        let nurse = nurses.first { $0.login == patient.careManager } ?? nurses[0]
        let practitioner = practitioners.first { $0.login == patient.billingPractitioner } ?? practitioners[0]
        while month <= lastMonth {
            let lastDay = month == today.yearMonth ? today : month.lastDay
            let firstDay = month == consent.date.yearMonth ? consent.date : month.firstDay
            if firstDay <= lastDay {
                let roll = Double.random(in: 0..<1, using: &random)
                let minutes: Int = roll < 0.08 ? 0 : roll < 0.22 ? Int.random(in: 5...19, using: &random)
                    : roll < 0.55 ? Int.random(in: 20...39, using: &random) : roll < 0.78 ? Int.random(in: 40...59, using: &random)
                    : roll < 0.95 ? Int.random(in: 60...89, using: &random) : Int.random(in: 90...130, using: &random)
                // The current month is only partly done.
                let share = month == today.yearMonth ? Double(today.day) / Double(month.dayCount) : 1
                var remaining = Int(Double(minutes) * share)
                while remaining > 0 {
                    let chunk = min(remaining, Int.random(in: 6...25, using: &random))
                    book.place(chunk * 60 + Int.random(in: 0...59, using: &random), staff: nurse, patient: patient,
                               from: firstDay, to: lastDay, random: &random)
                    remaining -= chunk
                }
                if random.chance(0.06) {
                    book.place(Int.random(in: 30...45, using: &random) * 60, staff: practitioner, patient: patient,
                               from: firstDay, to: lastDay, random: &random)
                }
                var flag = PatientMonthFlags(patientId: patient.id, month: month, version: 1)
                if minutes >= 60, random.chance(0.5) {
                    flag.complex = ComplexMark(by: practitioner.login, recordedBy: practitioner.login,
                                               at: min(book.now, lastDay.startInstant(in: book.zone).addingTimeInterval(17 * 3600)))
                }
                if random.chance(0.01) {
                    flag.billedElsewhere = BilledElsewhereMark(by: nurse.login, at: min(book.now, lastDay.startInstant(in: book.zone)),
                                                               note: "patient reports CCM enrollment with a cardiology practice")
                }
                if flag.complex != nil || flag.billedElsewhere != nil { flags.append(flag) }
            }
            month = month.next
        }
        return flags
    }

    /// A fictional NPI with a valid check digit: 1 followed by eight digits from `index`.
    static func npi(_ index: Int) -> NPI? {
        let base = String(format: "1%08d", 10_000_000 + index % 89_999_999)
        for check in 0...9 {
            if let npi = try? NPI(validating: base + String(check)) { return npi }
        }
        return nil
    }

    /// A random identifier in the Medicare Beneficiary Identifier format.
    static func mbi(_ random: inout SeededRandom) -> String {
        let letters = Array("ACDEFGHJKMNPQRTUVWXY")
        let digits = Array("0123456789")
        let alnum = letters + digits
        let slots: [[Character]] = [Array("123456789"), letters, alnum, digits, letters, alnum, digits, letters, letters, digits, digits]
        return String(slots.map { random.pick($0) })
    }
}

/// Staff days as they fill up: places each demo entry in a free slot of a working day so that
/// one person never has two overlapping entries, and nothing ends after "now".
struct TimeBook {
    let zone: TimeZone
    let now: Date
    var logs: [String: StaffMonthLog] = [:]
    private var cursors: [String: Date] = [:]

    init(zone: TimeZone, now: Date) {
        self.zone = zone
        self.now = now
    }

    mutating func place(_ seconds: Int, staff: StaffMember, patient: Patient, from: LocalDate, to: LocalDate, random: inout SeededRandom) {
        let days = from.days(until: to) + 1
        for _ in 0..<8 {
            let day = from.adding(days: Int.random(in: 0..<days, using: &random))
            if day.weekday == .sat || day.weekday == .sun { continue }
            let key = "\(staff.login) \(day)"
            let opening = day.startInstant(in: zone).addingTimeInterval(8 * 3600)
            let start = (cursors[key] ?? opening).addingTimeInterval(Double(Int.random(in: 2...20, using: &random) * 60))
            let end = start.addingTimeInterval(Double(seconds))
            guard end <= day.startInstant(in: zone).addingTimeInterval(19 * 3600), end <= now else { continue }
            cursors[key] = end
            let month = day.yearMonth
            let logKey = "\(month) \(staff.login)"
            var log = logs[logKey] ?? StaffMonthLog(staff: staff.login, month: month, version: 1)
            let activity = random.pick([Activity.call, .call, .call, .medication, .coordination, .planReview, .education, .transition])
            let codes = Array(patient.conditions.prefix(Int.random(in: 1...max(1, patient.conditions.count), using: &random)))
            log.entries.append(TimeEntry(
                id: EntryID.random(using: &random), patientId: patient.id, staff: staff.login, credential: staff.credential,
                start: start, end: end, activity: activity, note: DemoNotes.note(for: activity, random: &random),
                conditions: codes, source: random.chance(0.8) ? .stopwatch : .manual(reason: "call made from the clinic phone"),
                recordedBy: staff.login, recordedAt: end))
            logs[logKey] = log
            return
        }
    }
}

/// Plausible notes for demo entries.
enum DemoNotes {
    static func note(for activity: Activity, random: inout SeededRandom) -> String {
        switch activity {
        case .call: return random.pick(["Monthly check-in call; reviewed home BP log, no new symptoms.",
                                        "Called patient; reports ankle swelling improved, weight stable.",
                                        "Discussed glucose readings; reinforced diet plan and foot care.",
                                        "Left detailed callback request with daughter (HIPAA release on file)."])
        case .medication: return "Medication reconciliation after pharmacy change; updated list, no interactions."
        case .coordination: return "Coordinated with cardiology office about echo results; relayed plan to patient."
        case .planReview: return "Reviewed care plan goals with patient; updated targets."
        case .education: return "Education on inhaler technique and action plan for COPD flare."
        case .transition: return "Post-discharge follow-up: reviewed discharge summary, scheduled PCP visit."
        case .other: return "Arranged transport for upcoming appointment."
        }
    }
}

/// What the audit record of a demo store's creation holds: how it was made, and the same-name
/// pairs made on purpose with the reason each is a different person.
struct DemoStoreRecord: Encodable {
    struct Pair: Encodable {
        var patient: PatientID
        var sameNameAs: PatientID
        var reason: String
    }
    var settings: StoreSettings
    var seed: UInt64
    var patients: Int
    var months: Int
    var sameNamePairs: [Pair]
}
