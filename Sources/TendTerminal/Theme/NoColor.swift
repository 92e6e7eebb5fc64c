/// The theme to use given the environment: `monochrome` when `NO_COLOR` is set and not empty
/// (see no-color.org), otherwise `requested`.
public func effectiveTheme(
    requested: Theme,
    environment: [String: String],
    monochrome: Theme = BuiltinThemes.monochrome
) -> Theme {
    if let value = environment["NO_COLOR"], !value.isEmpty { return monochrome }
    return requested
}
