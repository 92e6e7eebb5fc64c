import Foundation
import TendDomain

/// Chooses the names and dates of birth of a demo store's patients. Every name is used once (a
/// middle initial is added when the plain name is taken), except the same-name pairs made on
/// purpose: one patient in every `pairEvery` takes the name of an earlier patient, with another
/// date of birth, as happens in any real practice. No two patients ever share both the name and
/// the date of birth (such a patient would need the audited "different person" statement).
/// Past a few thousand patients the names run out and repeat, as they would in a large practice.
struct DemoNamePicker {
    /// One patient in this many is a deliberate namesake of an earlier one.
    static let pairEvery = 50

    /// A deliberate namesake: the patient and the earlier one with the same name.
    struct Namesake: Encodable, Equatable {
        var patient: PatientID
        var sameNameAs: PatientID
    }

    private var chosen: [(name: PersonName, id: PatientID)] = []
    /// Folded names already in a deliberate pair (a pair never grows into a triple on purpose).
    private var paired: Set<String> = []
    private var birthDates: [String: Set<LocalDate>] = [:]
    /// The deliberate same-name pairs made so far.
    private(set) var namesakes: [Namesake] = []

    /// The name and date of birth of patient `index` (`id`), from a drawn date of birth.
    mutating func pick(index: Int, id: PatientID, drawnBirthDate: LocalDate,
                       random: inout SeededRandom) throws -> (PersonName, LocalDate) {
        var name: PersonName
        let candidates = index % Self.pairEvery == Self.pairEvery - 1 ? chosen.filter { !paired.contains(Self.key($0.name)) } : []
        if !candidates.isEmpty {
            let earlier = candidates[Int.random(in: 0..<candidates.count, using: &random)]
            name = earlier.name
            paired.insert(Self.key(name))
            namesakes.append(Namesake(patient: id, sameNameAs: earlier.id))
        } else {
            name = try fresh(&random)
        }
        let key = Self.key(name)
        var dob = drawnBirthDate
        while birthDates[key, default: []].contains(dob) { dob = dob.adding(days: -1) }
        birthDates[key, default: []].insert(dob)
        chosen.append((name, id))
        return (name, dob)
    }

    /// A name no patient has yet, if one can be found in a few draws; else a repeated one.
    private func fresh(_ random: inout SeededRandom) throws -> PersonName {
        var last = DemoNames.name(0, using: &random)
        for attempt in 0..<8 {
            if attempt > 0 { last = DemoNames.name(0, using: &random) }
            let name = try PersonName(family: last.family, given: last.given)
            if !isTaken(name) { return name }
        }
        // Latin names take a middle initial; only an exhausted pool repeats a name.
        for _ in 0..<64 where !Self.isLatin(last.family) { last = DemoNames.name(0, using: &random) }
        if Self.isLatin(last.family) {
            let start = Int.random(in: 0..<26, using: &random)
            for offset in 0..<26 {
                let initial = Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((start + offset) % 26)))
                let name = try PersonName(family: last.family, given: "\(last.given) \(initial).")
                if !isTaken(name) { return name }
            }
        }
        return try PersonName(family: last.family, given: last.given)
    }

    private func isTaken(_ name: PersonName) -> Bool {
        birthDates[Self.key(name)] != nil
    }

    private static func key(_ name: PersonName) -> String {
        PatientIdentityKey.fold(name.family) + "," + PatientIdentityKey.fold(name.given)
    }

    private static func isLatin(_ family: String) -> Bool {
        DemoNames.latin.contains { $0.family == family }
    }
}
