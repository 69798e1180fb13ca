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
        // The modules in layers: each imports only modules on lower lines (its `dependencies`
        // say which), so imports go one way. The left column checks and reports, the right one
        // reads pages; every module may use CreditLicenses. `ModuleLayeringTests` holds the
        // targets and the imports of every source file to this picture, and the README's
        // "Architecture" section shows the same one.
        //
        //     creditlint
        //     CreditLintKit
        //     CreditStore        CreditHTML
        //     CreditCore
        //     CreditReporting    CreditAttribution
        //     CreditRules        CreditScanner
        //                        CreditText
        //     CreditModel        CreditDocument
        //     CreditLicenses     CreditMedia

        // Licence catalogue, licence identification, credit-text parsing and the byte-level
        // text helpers every module shares. Pure Swift.
        .target(name: "CreditLicenses"),
        // The metadata blocks of image files (JPEG segments, PNG chunks, WebP chunks, Exif,
        // IPTC-IIM), read from their headers without decoding the image. Pure Swift.
        .target(name: "CreditMedia"),
        // The report model: pages, images, credits, licences, findings, summaries.
        .target(name: "CreditModel"),
        // The HTML tree and its navigation, and the class/id words elements are read by.
        .target(name: "CreditDocument", dependencies: ["CreditLicenses"]),
        // Credit text: labels, agencies, the evidence that a text is a credit, its span.
        .target(name: "CreditText", dependencies: ["CreditDocument", "CreditLicenses"]),
        // The rules and the engine that applies them to an image.
        .target(name: "CreditRules", dependencies: ["CreditModel", "CreditLicenses"]),
        // The content images of a page: the article, image candidates, the skip rules.
        .target(
            name: "CreditScanner", dependencies: ["CreditModel", "CreditDocument", "CreditText", "CreditLicenses"]),
        // The report formats.
        .target(
            name: "CreditReporting",
            dependencies: [
                "CreditModel", "CreditRules", "CreditLicenses",
                // The HTML report's Content-Security-Policy names its script by SHA-256.
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The credit of each content image (box, neighbours, statements, byline, structured
        // data) and the page scan that ties images and credits together.
        .target(
            name: "CreditAttribution",
            dependencies: ["CreditModel", "CreditDocument", "CreditText", "CreditScanner", "CreditLicenses"]
        ),
        // The library product `CreditCore`: the modules below it, under one import.
        .target(
            name: "CreditCore",
            dependencies: [
                "CreditModel", "CreditDocument", "CreditText", "CreditRules", "CreditScanner",
                "CreditReporting", "CreditAttribution",
            ]
        ),
        // The SQLite record of runs, through GRDB. Only this module imports GRDB.
        .target(
            name: "CreditStore",
            dependencies: ["CreditModel", "CreditReporting", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // C library boundary: only CreditHTML imports this module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libxml2 -> HTMLDocument conversion and charset detection.
        .target(name: "CreditHTML", dependencies: ["CreditDocument", "CreditLicenses", "CLibXML2"]),
        // The pipeline: walk, decode, parse, scan, check, record, render.
        .target(
            name: "CreditLintKit",
            dependencies: [
                "CreditCore", "CreditModel", "CreditDocument", "CreditRules", "CreditReporting",
                "CreditAttribution", "CreditStore", "CreditHTML", "CreditLicenses", "CreditMedia",
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
            dependencies: [
                "CreditCore", "CreditModel", "CreditDocument", "CreditText", "CreditScanner",
                "CreditAttribution", "CreditRules", "CreditReporting", "CreditHTML", "CreditTestSupport",
            ],
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
                "CreditLintKit", "CreditCore", "CreditModel", "CreditReporting", "CreditStore", "CreditHTML",
                "CreditMedia", "CreditTestSupport",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
