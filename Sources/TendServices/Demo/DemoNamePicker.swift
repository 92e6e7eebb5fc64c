import Foundation
import TendDomain

/// Chooses the names and dates of birth of a demo store's patients. Every name is used once (a
/// middle initial is added when the plain name is taken), except the same-name pairs made on
/// purpose: one patient in every `pairEvery` takes the name of an earlier patient, with another
/// date of birth, as happens in any real practice. No two patients ever share both the name and
/// the date of birth (such a patient would need the audited "different person" statement).
/// Past some 70,000 patients the names run out and repeat.
struct DemoNamePicker {
    /// One patient in this many is a deliberate namesake of an earlier one.
    static let pairEvery = 50

    /// A deliberate namesake: the patient and the earlier one with the same name.
    struct Namesake: Encodable, Equatable {
        var patient: PatientID
        var sameNameAs: PatientID
    }

    private var chosen: [(name: PersonName, key: String, id: PatientID)] = []
    /// Folded names already in a deliberate pair (a pair never grows into a triple on purpose).
    private var paired: Set<String> = []
    private var birthDates: [String: Set<LocalDate>] = [:]
    /// How many of the pool's plain names (no middle initial) are taken, and how many there are.
    private var plainNamesTaken = 0
    private static let plainNames = (DemoNames.latin + DemoNames.cjk).reduce(0) { $0 + $1.given.count }
    /// The deliberate same-name pairs made so far.
    private(set) var namesakes: [Namesake] = []

    /// The name and date of birth of patient `index` (`id`), from a drawn date of birth.
    mutating func pick(index: Int, id: PatientID, drawnBirthDate: LocalDate,
                       random: inout SeededRandom) throws -> (PersonName, LocalDate) {
        var name: PersonName
        let pairsHere = index % Self.pairEvery == Self.pairEvery - 1 && paired.count < chosen.count
        if pairsHere {
            // An earlier patient not already in a pair (there are always far more of those).
            var earlier = chosen[Int.random(in: 0..<chosen.count, using: &random)]
            while paired.contains(earlier.key) { earlier = chosen[Int.random(in: 0..<chosen.count, using: &random)] }
            name = earlier.name
            paired.insert(earlier.key)
            namesakes.append(Namesake(patient: id, sameNameAs: earlier.id))
        } else {
            name = try fresh(&random)
        }
        let key = Self.key(name)
        var dob = drawnBirthDate
        while birthDates[key, default: []].contains(dob) { dob = dob.adding(days: -1) }
        birthDates[key, default: []].insert(dob)
        chosen.append((name, key, id))
        return (name, dob)
    }

    /// A name no patient has yet, if one can be found in a few draws; else a repeated one.
    private mutating func fresh(_ random: inout SeededRandom) throws -> PersonName {
        var last = DemoNames.name(0, using: &random)
        // While plain names are left, a few draws usually find one.
        for attempt in 0..<8 where plainNamesTaken < Self.plainNames {
            if attempt > 0 { last = DemoNames.name(0, using: &random) }
            let name = try PersonName(family: last.family, given: last.given)
            if !isTaken(name) {
                plainNamesTaken += 1
                return name
            }
        }
        // Latin names take a middle initial; only an exhausted pool repeats a name.
        var draws = 0
        while !Self.isLatin(last.family) && draws < 64 {
            last = DemoNames.name(0, using: &random)
            draws += 1
        }
        if Self.isLatin(last.family) {
            // One initial, then two (as "Charles A. B."): room for some 70,000 distinct names.
            // The keys are built from the folded parts, without folding every candidate again.
            let base = Self.key(try PersonName(family: last.family, given: last.given))
            func free(_ middle: String) throws -> PersonName? {
                birthDates[base + " " + middle.lowercased()] == nil ? try PersonName(family: last.family, given: "\(last.given) \(middle)") : nil
            }
            let one = Int.random(in: 0..<26, using: &random)
            for offset in 0..<26 {
                if let name = try free("\(Self.letter((one + offset) % 26)).") { return name }
            }
            let two = Int.random(in: 0..<(26 * 26), using: &random)
            for offset in 0..<(26 * 26) {
                let code = (two + offset) % (26 * 26)
                if let name = try free("\(Self.letter(code / 26)). \(Self.letter(code % 26)).") { return name }
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

    private static func letter(_ index: Int) -> Character {
        Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(index)))
    }

    private static let latinFamilies = Set(DemoNames.latin.map(\.family))

    private static func isLatin(_ family: String) -> Bool {
        latinFamilies.contains(family)
    }
}
