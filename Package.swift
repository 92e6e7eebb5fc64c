// swift-tools-version: 6.0
import PackageDescription

/// tend: a terminal care-team workstation for Medicare Chronic Care Management.
///
/// Dependencies point inward:
///   tend (executable) → TendCLI → TendServices → TendStore → TendDomain
///   TendCurses (the only importer of CNcurses) → TendTerminal (cell grid, no ncurses)
///   TendPAM (the only importer of CPAM) → TendAuth (the password check the workstation asks for)
///
/// Platform: Linux only. No Apple platform is declared because none is built or tested: CNcurses
/// finds ncursesw through pkg-config as Debian installs it, CPAM needs Linux-PAM 1.4 or later, and
/// the store and the terminal code call glibc directly.
let package = Package(
    name: "tend",
    products: [
        .executable(name: "tend", targets: ["tend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
    ],
    targets: [
        // Medicare CCM rules. Foundation only, no I/O.
        .target(
            name: "TendDomain",
            resources: [.copy("Data")]
        ),
        // The store: the RecordStore protocol the use cases talk to, and the JSON-file store, the only code that touches the store's files.
        .target(
            name: "TendStore",
            dependencies: [
                "TendDomain",
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The PostgreSQL store: the same RecordStore on a database server (postgres-nio for the
        // wire protocol). The only code that talks to PostgreSQL.
        .target(
            name: "TendPostgres",
            dependencies: [
                "TendDomain", "TendStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // FHIR R4 (US Core) subset and its mapping to the domain. No I/O: the services stream files through it.
        .target(name: "TendFHIR", dependencies: ["TendDomain"]),
        // Use cases shared by the command line and the workstation.
        .target(name: "TendServices", dependencies: ["TendDomain", "TendStore", "TendFHIR"]),
        // The `tend` command line (argument parsing and wiring).
        .target(
            name: "TendCLI",
            dependencies: [
                "TendDomain", "TendStore", "TendServices", "TendTerminal", "TendWorkstation", "TendCurses",
                "TendAuth", "TendPAM", "TendPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tend", dependencies: ["TendCLI"]),
        // A test helper, not shipped: one process that logs entries in a loop through the real
        // store and prints each acknowledged entry id, for the concurrency and kill -9 tests.
        .executableTarget(name: "tend-stress", dependencies: ["TendServices", "TendStore", "TendDomain", "TendPostgres"]),
        // A benchmark helper, not shipped: times entries logged in one process through the real
        // store (a directory or a database), for scripts/bench.
        .executableTarget(name: "tend-bench-store", dependencies: ["TendServices", "TendStore", "TendDomain", "TendPostgres"]),

        // Terminal UI core: cell grid, display widths, keys, layout, themes. No ncurses.
        .target(name: "TendTerminal"),
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The ncurses backend: the only importer of CNcurses.
        .target(name: "TendCurses", dependencies: ["CNcurses", "TendTerminal"]),
        // Checking an account's password (the lock screen): the protocol and a wiped password buffer. No PAM.
        .target(name: "TendAuth"),
        .systemLibrary(
            name: "CPAM",
            pkgConfig: "pam",
            providers: [.apt(["libpam0g-dev"])]
        ),
        // The Linux-PAM password check: the only importer of CPAM.
        .target(name: "TendPAM", dependencies: ["CPAM", "TendAuth"]),
        // The care-team workstation: panes, bindings and the app loop over a `Terminal`. No ncurses, no PAM.
        .target(name: "TendWorkstation", dependencies: ["TendTerminal", "TendServices", "TendDomain", "TendStore", "TendAuth"]),

        // What the test targets share: fixtures with fixed identifiers, `ManualClock`, temporary
        // directories and stores, `ScriptedTerminal`, the pty calls. Used only by test targets,
        // never by the executable or a product module.
        .target(
            name: "TendTestSupport",
            dependencies: [
                "TendDomain", "TendStore", "TendServices", "TendTerminal", "TendWorkstation", "TendAuth", "TendPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/TendTestSupport"
        ),
        .testTarget(name: "TendDomainTests", dependencies: ["TendDomain", "TendTestSupport"]),
        .testTarget(name: "TendFHIRTests", dependencies: ["TendFHIR", "TendDomain", "TendTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TendStoreTests", dependencies: ["TendStore", "TendDomain", "TendTestSupport", "TendPostgres"]),
        .testTarget(name: "TendPostgresTests", dependencies: ["TendPostgres", "TendStore", "TendDomain", "TendTestSupport"]),
        .testTarget(name: "TendServicesTests", dependencies: ["TendServices", "TendStore", "TendDomain", "TendTestSupport"]),
        .testTarget(name: "TendCLITests", dependencies: ["TendDomain", "TendTestSupport"]),
        .testTarget(name: "TendTerminalTests", dependencies: ["TendTerminal", "TendCurses", "TendTestSupport"]),
        .testTarget(name: "TendPAMTests", dependencies: ["TendPAM", "TendAuth", "TendTestSupport"]),
        .testTarget(
            name: "TendWorkstationTests",
            dependencies: ["TendWorkstation", "TendTerminal", "TendServices", "TendDomain", "TendStore", "TendAuth", "TendTestSupport"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
