/// Themes compiled into the program, so it works when no theme files are installed.
///
/// `default` and `monochrome` mirror `themes/default.theme` and `themes/monochrome.theme`;
/// a test checks that they stay equal.
public enum BuiltinThemes {
    /// The default theme: a few basic colours that read on dark and light backgrounds.
    public static let `default` = Theme(name: "default", styles: [
        .normal: RoleStyle(),
        .dim: RoleStyle(foreground: .index(8)),
        .title: RoleStyle(foreground: .index(6), attributes: .bold),
        .header: RoleStyle(attributes: [.bold, .underline]),
        .selection: RoleStyle(foreground: .index(0), background: .index(6)),
        .selectionInactive: RoleStyle(foreground: .index(0), background: .index(7)),
        .border: RoleStyle(foreground: .index(4)),
        .footerKey: RoleStyle(foreground: .index(0), background: .index(6), attributes: .bold),
        .footerText: RoleStyle(),
        .statusOK: RoleStyle(foreground: .index(2)),
        .statusWarn: RoleStyle(foreground: .index(3), attributes: .bold),
        .statusError: RoleStyle(foreground: .index(7), background: .index(1), attributes: .bold),
        .timerRunning: RoleStyle(foreground: .index(2), attributes: .bold),
        .timerPaused: RoleStyle(foreground: .index(3)),
        .barFilled: RoleStyle(foreground: .index(2)),
        .barEmpty: RoleStyle(foreground: .index(8)),
        .badgeOK: RoleStyle(foreground: .index(0), background: .index(2)),
        .badgeMissing: RoleStyle(foreground: .index(7), background: .index(1), attributes: .bold),
        .dialog: RoleStyle(foreground: .index(7), background: .index(4)),
        .input: RoleStyle(foreground: .index(0), background: .index(7)),
        .lockScreen: RoleStyle(foreground: .index(7), background: .index(4), attributes: .bold),
    ])

    /// The monochrome theme: attributes only (bold, underline, reverse, dim), no colours.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: RoleStyle(),
        .dim: RoleStyle(attributes: .dim),
        .title: RoleStyle(attributes: .bold),
        .header: RoleStyle(attributes: [.bold, .underline]),
        .selection: RoleStyle(attributes: .reverse),
        .selectionInactive: RoleStyle(attributes: .underline),
        .border: RoleStyle(),
        .footerKey: RoleStyle(attributes: .reverse),
        .footerText: RoleStyle(),
        .statusOK: RoleStyle(),
        .statusWarn: RoleStyle(attributes: .bold),
        .statusError: RoleStyle(attributes: [.bold, .underline]),
        .timerRunning: RoleStyle(attributes: .bold),
        .timerPaused: RoleStyle(attributes: .dim),
        .barFilled: RoleStyle(),
        .barEmpty: RoleStyle(attributes: .dim),
        .badgeOK: RoleStyle(attributes: .bold),
        .badgeMissing: RoleStyle(attributes: .reverse),
        .dialog: RoleStyle(),
        .input: RoleStyle(attributes: .underline),
        .lockScreen: RoleStyle(attributes: .reverse),
    ])

    /// The built-in theme called `name`, if there is one.
    public static func named(_ name: String) -> Theme? {
        switch name {
        case Self.default.name: return Self.default
        case monochrome.name: return monochrome
        default: return nil
        }
    }
}
