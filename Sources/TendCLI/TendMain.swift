import ArgumentParser
import TendStore

/// Entry point of the `tend` executable.
public enum TendMain {
    /// Parses the command line and runs the command.
    public static func run() {
        if let problem = StoreJSONDecoderChoice.environmentProblem { Console.warn("warning: \(problem)") }
        TendCommand.main()
    }
}

/// The root `tend` command.
struct TendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "A care-team workstation for Medicare Chronic Care Management (CCM).",
        discussion: """
            With no subcommand, tend opens the keyboard workstation on the store (`tend --demo`: on a \
            fresh demo store). Every command works on one store (--store DIR, else $TEND_STORE, else \
            $XDG_DATA_HOME/tend, else ~/.local/share/tend) as the operating-system account running it. \
            Data goes to stdout, messages to stderr; exit status 0 on success, 1 for a refused or \
            invalid request, 2 for a damaged store, 3 for a conflicting change, 4 for a denial.
            """,
        subcommands: [
            InitCommand.self, StaffCommand.self, PatientCommand.self, EligibilityCommand.self,
            ConsentCommand.self, ProgramCommand.self, StayCommand.self, PlanCommand.self, TimeCommand.self, MonthCommand.self,
            ReportCommand.self, SupervisorCommand.self, FeesCommand.self, ImportCommand.self, ExportCommand.self, AuditCommand.self, DemoCommand.self,
            StoreCommand.self,
        ]
    )

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: "Open the workstation on a fresh demo store (in a temporary directory).")
    var demo = false

    @Option(name: .long, help: "Workstation theme: default, light, high-contrast, monochrome, or a file name in ~/.config/tend/themes.")
    var theme: String?

    /// With no subcommand: open the workstation on the store.
    func run() throws {
        try Run.guarded {
            let store = demo ? try DemoCommand.makeQuickDemo() : try options.open()
            try WorkstationLauncher.open(store: store, theme: theme)
        }
    }
}
