/// A count with its noun, singular for exactly one: `plural(1, "patient")` is `1 patient`,
/// `plural(3, "patient")` is `3 patients`; irregular nouns give their plural form:
/// `plural(2, "entry", "entries")` is `2 entries`.
public func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : pluralForm ?? singular + "s")
}
