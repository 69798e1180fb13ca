// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "creditlint",
    products: [
        .executable(name: "creditlint", targets: ["creditlint"]),
        .library(name: "CreditLintKit", targets: ["CreditLintKit"]),
        .library(name: "CreditCore", targets: ["CreditCore"]),
        .library(name: "CreditLicenses", targets: ["CreditLicenses"]),
    ],
    traits: [
        .trait(
            name: "Mimalloc",
            description: """
                Link mimalloc (libmimalloc-dev) into the creditlint executable on Linux as the C \
                allocator: a scan makes and frees millions of small objects, and mimalloc does that \
                about 10% faster than glibc's malloc. Off by default; release builds turn it on \
                with `--traits Mimalloc`.
                """)
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C library boundary: only CreditHTML imports this module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Licence catalogue, licence identification and credit-text parsing. Pure Swift.
        .target(name: "CreditLicenses"),
        // Models, the HTML tree, image and credit discovery, rules and report renderers.
        .target(name: "CreditCore", dependencies: ["CreditLicenses"]),
        // libxml2 -> HTMLDocument conversion and charset detection.
        .target(name: "CreditHTML", dependencies: ["CreditCore", "CreditLicenses", "CLibXML2"]),
        // The SQLite record of runs, through GRDB. Only this module imports GRDB.
        .target(
            name: "CreditStore",
            dependencies: ["CreditCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The pipeline: walk, decode, parse, scan, check, record, render.
        .target(
            name: "CreditLintKit",
            dependencies: [
                "CreditCore", "CreditHTML", "CreditStore", "CreditLicenses",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The allocator of the executable with the Mimalloc trait (see `traits`).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        .executableTarget(
            name: "creditlint",
            dependencies: [
                // Linux only: glibc's malloc is what it replaces; macOS's allocator is kept.
                "CreditLintKit",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux], traits: ["Mimalloc"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Turns Licenses/*.tsv into Sources/CreditLicenses/LicenseCatalog+Generated.swift.
        .target(name: "LicenseCatalogGenerator"),
        .executableTarget(
            name: "generate-license-catalog",
            dependencies: ["LicenseCatalogGenerator"]
        ),
        // What the test targets share: where test data and the labelled corpora are (and the
        // traits that skip a test when they are not), temporary folders, test pages, the real
        // binary as a process, and JSON decoding of reports.
        .target(
            name: "CreditTestSupport",
            dependencies: ["CreditCore", "CreditHTML"],
            path: "Tests/CreditTestSupport"
        ),
        .testTarget(
            name: "CreditLicensesTests",
            dependencies: ["CreditLicenses", "LicenseCatalogGenerator", "CreditTestSupport"],
            // The case table is read from the source tree via #filePath, not bundled.
            exclude: ["Data"]
        ),
        .testTarget(
            name: "CreditCoreTests",
            dependencies: ["CreditCore", "CreditHTML", "CreditTestSupport"],
            // Golden files are read from the source tree via #filePath, not bundled.
            exclude: ["Reporting/Snapshots"]
        ),
        .testTarget(name: "CreditHTMLTests", dependencies: ["CreditHTML", "CreditCore", "CreditTestSupport"]),
        .testTarget(
            name: "CreditStoreTests",
            dependencies: ["CreditStore", "CreditCore"],
            // Databases of earlier releases, as SQL, read from the source tree via #filePath.
            exclude: ["Schemas"]
        ),
        .testTarget(
            name: "CreditLintKitTests",
            dependencies: [
                "CreditLintKit", "CreditCore", "CreditStore", "CreditHTML", "CreditTestSupport",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
