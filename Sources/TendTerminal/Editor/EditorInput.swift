/// Turns any incoming text (typed, pasted or loaded) into text the editor may hold.
enum EditorInput {
    /// Keeps line breaks as `\n`, turns tabs into spaces, and drops ESC, other C0 controls,
    /// DEL, C1 controls, bidi controls, and byte-order marks; runaway combining sequences are cut.
    static func clean(_ text: String) -> String {
        // Budgets as large as the input, so only clusters longer than 16 scalars are cut.
        let sanitized = Sanitizer(newlines: .keep, maxCharacters: max(1, text.unicodeScalars.count)).sanitize(text)
        guard sanitized.unicodeScalars.contains(where: { $0.value == 0xFEFF }) else { return sanitized }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: sanitized.unicodeScalars.filter { $0.value != 0xFEFF })
        return String(scalars)
    }

    /// Logical lines of already-clean text, each as grapheme clusters; at least one line.
    static func lines(of clean: String) -> [[Character]] {
        clean.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    }
}
