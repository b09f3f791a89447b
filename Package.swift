// swift-tools-version:6.0
// po-plan: matches visitors to the open-door sessions of a bassin, proven optimal with GLPK.
import PackageDescription

let package = Package(
    name: "po-plan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "po-plan", targets: ["po-plan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // GLPK from Debian's libglpk-dev (header glpk.h, library glpk, no pkg-config file).
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK"),
        // zlib (Debian's zlib1g-dev, which ZIPFoundation needs too), for inflating workbook parts.
        .systemLibrary(name: "CZlibInflate", path: "Sources/CZlibInflate"),

        // The domain and time; uses nothing of ours and does no I/O.
        .target(name: "Scheduling"),
        // Eligibility, the assignment model and its lexicographic solve with GLPK.
        .target(name: "Matching", dependencies: ["Scheduling", "CGLPK"]),
        // Reading what bassin teams have (the canonical folder, CSV and .xlsx form exports), with located diagnostics.
        .target(name: "Import", dependencies: [
            "Scheduling", "Yams", "CZlibInflate",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "SWXMLHash", package: "SWXMLHash"),
        ]),
        // What people read: plan.json, schedules, rosters, calendars, pages, mails, the site and
        // the report (which compares the plan with a first-come-first-served pass from Matching).
        // Its templates are a Mustache subset rendered from typed values (Sources/Publish/Templates).
        .target(name: "Publish", dependencies: ["Scheduling", "Matching"]),
        // Plan folders on disk: written all at once and durably, read back, with their previous plan;
        // shared by the command line and the workspace.
        .target(name: "PlanFolders", dependencies: ["Scheduling", "Matching", "Import", "Publish"]),
        // The team's workspace in the browser (`po-plan serve`), thin over the modules above.
        .target(name: "Workspace", dependencies: [
            "Scheduling", "Matching", "Import", "Publish", "PlanFolders",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The thin command line.
        .executableTarget(name: "po-plan", dependencies: [
            "Scheduling", "Matching", "Import", "Publish", "PlanFolders", "Workspace",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Fuzz targets, one per reader (docs/reliability.md, scripts/fuzz): libFuzzer's driver when built with
        // -sanitize=fuzzer,address -DFUZZING, a replayer of input files in the normal build.
        .target(name: "FuzzDriver"),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzDriver", "Import"]),
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzDriver", "Import"]),
        .executableTarget(name: "fuzz-event", dependencies: ["FuzzDriver", "Import"]),
        .executableTarget(name: "fuzz-columns", dependencies: ["FuzzDriver", "Import"]),
        .executableTarget(name: "fuzz-values", dependencies: ["FuzzDriver", "Import"]),

        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Scheduling"]),
        .testTarget(name: "ImportTests", dependencies: [
            "Import", "Scheduling", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], resources: [.copy("Fixtures")]),
        .testTarget(name: "PublishTests", dependencies: ["Publish", "Scheduling", "Matching"], resources: [.copy("Golden")]),
        .testTarget(name: "PlanFoldersTests", dependencies: ["PlanFolders", "Publish"]),
        .testTarget(name: "CommandTests", dependencies: ["po-plan", "Import"], exclude: ["Fixtures"]),
        .testTarget(name: "WorkspaceTests", dependencies: [
            "Workspace", "PlanFolders", "Publish", "Scheduling", "Import", "Matching",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)
