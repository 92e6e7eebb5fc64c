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
        abstract: "A care-team workstation for Medicare Chronic Care Management (CCM).",
        discussion: """
            Every command works on one store (--store DIR, else $TEND_STORE, else \
            $XDG_DATA_HOME/tend, else ~/.local/share/tend) as the operating-system account running it. \
            Data goes to stdout, messages to stderr; exit status 0 on success, 1 for a refused or \
            invalid request, 2 for a damaged store, 3 for a conflicting change, 4 for a denial.
            """,
        subcommands: [
            InitCommand.self, StaffCommand.self, PatientCommand.self, EligibilityCommand.self,
            ConsentCommand.self, PlanCommand.self, TimeCommand.self, MonthCommand.self,
            ReportCommand.self, AuditCommand.self, DemoCommand.self,
        ]
    )

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: "Create a fresh demo store in a temporary directory and show this month's report.")
    var demo = false

    func run() throws {
        guard demo else { throw CleanExit.helpRequest(self) }
        try DemoCommand.runQuickDemo()
    }
}
