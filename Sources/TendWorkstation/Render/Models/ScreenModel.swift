import TendTerminal

/// Everything one frame shows, as values: the renderers draw it without the workstation, the
/// session or the store (`ScreenRenderer.render`). `Workstation.screenModel()` builds it.
struct ScreenModel: Sendable {
    /// The lock screen, when the screen is locked (it covers everything).
    var lock: LockScreenModel?
    /// The top line.
    var title: TitleBarModel
    /// The status line.
    var status: StatusLineModel
    /// The keys the footer offers, in table order.
    var footer: [FooterItem]
    /// The care screen or the supervisor view.
    var body: Body
    /// What covers the body, if anything.
    var overlay: OverlayModel

    /// The screen under any overlay.
    enum Body: Sendable {
        case care(CareScreenModel)
        case supervisor(SupervisorScreenModel)
    }
}
