// swift-tools-version:6.0
import PackageDescription

// CareLint has no package dependencies: Foundation, Dispatch and the toolchain's test libraries only.
let package = Package(
    name: "CareLint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CareLint", targets: ["CareLint"]),
        .library(name: "CareLintServer", targets: ["CareLintServer"]),
        .executable(name: "carelint", targets: ["carelint"]),
        .executable(name: "carelint-lsp", targets: ["carelint-lsp"]),
    ],
    targets: [
        // Turns Vocab/*.json (and the bundled word lists) into Swift source at build time,
        // so a binary copied alone still has its built-in vocabulary.
        // It compiles the built-in packs' tries with the library's own code: Library/ links to the library's
        // Text/, JSON/ and Vocabulary/ folders (all but the names, which need the rules).
        .executableTarget(
            name: "embed-resources",
            path: "Sources/embed-resources",
            exclude: ["Library/Vocabulary/FixedNames.swift"]
        ),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["embed-resources"],
            path: "Plugins/EmbedResources"
        ),
        .target(
            name: "CareLint",
            path: "Sources/CareLint",
            plugins: ["EmbedResources"]
        ),
        .target(name: "CareLintServer", dependencies: ["CareLint"], path: "Sources/CareLintServer"),
        .executableTarget(name: "carelint", dependencies: ["CareLint"], path: "Sources/carelint"),
        .executableTarget(name: "carelint-lsp", dependencies: ["CareLintServer"], path: "Sources/carelint-lsp"),
        // The benchmark: generates its corpus and measures CareLint against DESIGN.md's targets, the floor and
        // peers (`swift run -c release carelint-bench`).
        .executableTarget(name: "carelint-bench", dependencies: ["CareLint"], path: "Benchmarks/Sources/carelint-bench"),
        .testTarget(name: "CareLintTests", dependencies: ["CareLint"], path: "Tests/CareLintTests"),
        .testTarget(name: "CareLintServerTests", dependencies: ["CareLintServer", "CareLint", "carelint-lsp"], path: "Tests/CareLintServerTests"),
        .testTarget(name: "CLITests", dependencies: ["carelint", "CareLint"], path: "Tests/CLITests"),
    ]
)
