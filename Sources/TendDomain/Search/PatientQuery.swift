import Foundation

/// The one rule by which typed text finds patients: the nurse's list filter, the supervisor
/// tables' `/`, and the command line's lookups all use it.
///
/// The text is split into words, and every word must match the patient:
/// - a date in ISO or US form (`1944-02-03`, `02/03/1944`, `2/3/1944`) matches the date of birth;
/// - a word of digits and phone punctuation also matches the phone number's digits, whatever
///   punctuation either is written with (`555.010.4477`, `(555)`);
/// - any word matches, ignoring case and accents (`SearchText.fold`), a part of the name (as
///   `Family, Given` or `Given Family`), the MRN, the MBI, the patient id or the date of birth.
///
/// A whole query written like a phone number (`(555) 010-4477`) also matches as one number.
public struct PatientQuery: Sendable, Equatable {
    /// One word of the query, prepared for matching.
    public struct Term: Sendable, Equatable {
        /// The word folded (`SearchText.fold`).
        public let folded: String
        /// The date the word names, when it is one.
        public let date: LocalDate?
        /// The word's digits when it is written like (part of) a phone number, else nil.
        public let phoneDigits: String?

        /// Prepares one word.
        public init(_ word: String) {
            folded = SearchText.fold(word)
            date = SearchText.date(word)
            phoneDigits = SearchText.isPhoneLike(word) ? SearchText.digits(word) : nil
        }

        /// Whether the word matches: `texts` are already folded (see `PatientQuery.texts(of:)`).
        public func matches(texts: [String], dateOfBirth: LocalDate?, phoneDigits phone: String?) -> Bool {
            if let date { return date == dateOfBirth }
            if let digits = phoneDigits, let phone, !digits.isEmpty, phone.contains(digits) { return true }
            return texts.contains { $0.contains(folded) }
        }

        /// Whether the word matches one folded table cell: a date matches the cell that holds
        /// it in ISO form (how tables show dates of birth), any word a cell that contains it.
        public func matches(folded text: String) -> Bool {
            if let date, text.contains(date.description) { return true }
            return text.contains(folded)
        }
    }

    /// The text as typed.
    public let text: String
    /// Its words, all of which must match.
    public let terms: [Term]
    /// The digits of the whole query when it is written like a phone number.
    let wholePhoneDigits: String?

    /// Prepares `text` for matching.
    public init(_ text: String) {
        self.text = text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        terms = trimmed.split(whereSeparator: \.isWhitespace).map { Term(String($0)) }
        wholePhoneDigits = SearchText.date(trimmed) == nil && SearchText.isPhoneLike(trimmed) ? SearchText.digits(trimmed) : nil
    }

    /// Whether the query is empty (it then matches every patient).
    public var isEmpty: Bool { terms.isEmpty }

    /// Whether `patient` matches every word of the query.
    public func matches(_ patient: Patient) -> Bool {
        guard !isEmpty else { return true }
        let phone = patient.phone.map { SearchText.digits($0.rawValue) }
        if let whole = wholePhoneDigits, let phone, whole.count >= 3, phone.contains(whole) { return true }
        let texts = Self.texts(of: patient)
        return terms.allSatisfy { $0.matches(texts: texts, dateOfBirth: patient.dateOfBirth, phoneDigits: phone) }
    }

    /// The patient's texts a word is looked for in, folded.
    public static func texts(of patient: Patient) -> [String] {
        var texts = [patient.name.displayName, patient.name.given + " " + patient.name.family,
                     patient.id.rawValue, patient.dateOfBirth.description]
        if let mrn = patient.mrn { texts.append(mrn) }
        if let mbi = patient.mbi { texts.append(mbi.rawValue) }
        if let phone = patient.phone { texts.append(phone.rawValue) }
        return texts.map(SearchText.fold)
    }
}
