import ArgumentParser

/// Entry point of the `tend` executable.
public enum TendMain {
    /// Parses the command line and runs the command.
    public static func run() {
        TendCommand.main()
    }
}

/// The root `tend` command.
struct TendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "A care-team workstation for Medicare Chronic Care Management."
    )
}
