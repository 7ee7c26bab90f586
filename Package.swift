// swift-tools-version: 6.3
// Swift FVM: a Filecoin Virtual Machine and its conformance harness.
// One target per layer; dependencies point down only:
// Conformance -> Kernel -> (FVMWasm -> WasmRuntime, Actors, FVMCrypto, BLS12381) -> FVMShared -> IPLD -> Hashing.
// WasmKit is for tests and benchmarks only: its WAT parser reads the spec scripts, its interpreter
// is the oracle they and bench-wasm compare against. No product links it.
import PackageDescription

// Field arithmetic and the interpreter check their bounds explicitly; overflow checks there cost ~2x.
let optimize: [SwiftSetting] = [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]

let package = Package(
    name: "swift-fvm",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fvm-conformance", targets: ["fvm-conformance"]),
        .library(name: "Conformance", targets: ["Conformance"]),
        .library(name: "Kernel", targets: ["Kernel"]),
        .library(name: "IPLD", targets: ["IPLD"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftwasm/WasmKit", exact: "0.4.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        // C libraries from Debian packages (see Makefile `deps`).
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBlake2", pkgConfig: "libb2", providers: [.apt(["libb2-dev"])]),
        .systemLibrary(name: "CSecp256k1", pkgConfig: "libsecp256k1", providers: [.apt(["libsecp256k1-dev"])]),

        // Crypto layer.
        .target(name: "Hashing"),
        .target(name: "BLS12381", dependencies: ["Hashing"], swiftSettings: optimize),
        // IPLD layer (owns the two hashes every CID needs: BLAKE2b-256 and SHA-256).
        .target(
            name: "IPLD", dependencies: ["Hashing", "CBlake2", "CZlib", .product(name: "BigInt", package: "BigInt")]),
        .target(name: "FVMCrypto", dependencies: ["Hashing", "IPLD", "CSecp256k1"]),

        // Filecoin types shared by the VM layers.
        .target(name: "FVMShared", dependencies: ["IPLD", .product(name: "BigInt", package: "BigInt")]),

        // Wasm layer: the interpreter (no dependencies), instrumentation and engine.
        // The interpreter's dispatch is duplicated into every instruction handler (threaded code)
        // once LLVM may tail-duplicate a block with that many predecessors and successors.
        .target(
            name: "WasmRuntime",
            swiftSettings: [
                .unsafeFlags(
                    ["-Ounchecked", "-Xllvm", "-tail-dup-pred-size=1000", "-Xllvm", "-tail-dup-succ-size=1000"],
                    .when(configuration: .release))
            ]),
        .target(
            name: "FVMWasm",
            dependencies: [
                "FVMShared",
                "WasmRuntime",
            ]
        ),

        // Actors layer: bundles, manifests, the state of the actors the VM touches.
        .target(name: "Actors", dependencies: ["FVMShared", "IPLD", "Hashing", "CZstd"]),

        // Kernel layer: gas, state tree, syscalls, call manager, executor, network profiles.
        .target(
            name: "Kernel",
            dependencies: [
                "FVMWasm", "WasmRuntime", "Actors", "FVMCrypto", "BLS12381", "FVMShared", "IPLD",
                .product(name: "BigInt", package: "BigInt"),
            ]),

        // Conformance harness: vectors, runner, reports.
        .target(
            name: "Conformance",
            dependencies: [
                "Kernel", "Actors", "FVMWasm", "FVMShared", "FVMCrypto", "IPLD",
                .product(name: "BigInt", package: "BigInt"),
            ]),
        .executableTarget(
            name: "fvm-conformance",
            dependencies: ["Conformance", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks (run by make bench-*; never by tests).
        .executableTarget(
            name: "bench-wasm",
            dependencies: [
                "FVMWasm", "WasmRuntime", "Actors", .product(name: "WAT", package: "WasmKit"),
                .product(name: "WasmKit", package: "WasmKit"),
            ]),
        .executableTarget(name: "bench-crypto", dependencies: ["BLS12381"]),
        .executableTarget(name: "bench-conformance", dependencies: ["Conformance", "Actors", "FVMWasm"]),

        // Real-data fixtures shared by the test targets (the official corpus, the bundles).
        .target(name: "TestSupport", dependencies: ["IPLD", "Actors"], path: "Tests/TestSupport"),

        .testTarget(name: "BLS12381Tests", dependencies: ["BLS12381", "Hashing"], resources: [.copy("Data")]),
        .testTarget(name: "FVMCryptoTests", dependencies: ["FVMCrypto", "Hashing", "IPLD", "CSecp256k1"]),
        .testTarget(
            name: "IPLDTests", dependencies: ["TestSupport", "IPLD", .product(name: "BigInt", package: "BigInt")]),
        .testTarget(name: "FVMSharedTests", dependencies: ["TestSupport", "FVMShared", "IPLD"]),
        .testTarget(
            name: "FVMWasmTests",
            dependencies: ["FVMWasm", "Actors", "TestSupport", .product(name: "WAT", package: "WasmKit")]),
        .testTarget(name: "ActorsTests", dependencies: ["TestSupport", "Actors", "IPLD"]),
        .testTarget(
            name: "KernelTests",
            dependencies: [
                "TestSupport", "Kernel", "FVMWasm", "Actors", "FVMShared", "IPLD",
                .product(name: "BigInt", package: "BigInt"),
            ]),
        .testTarget(
            name: "ConformanceTests",
            dependencies: [
                "TestSupport", "Conformance", "Kernel", "Actors", "FVMWasm", "FVMShared", "FVMCrypto", "CSecp256k1",
                "IPLD",
                .product(name: "BigInt", package: "BigInt"),
            ]),
        // The interpreter's own tests, and the Wasm specification scripts (parsed by WasmKit's WAT)
        // run against it, with WasmKit's interpreter as a test-only oracle.
        .testTarget(
            name: "WasmRuntimeTests",
            dependencies: [
                "WasmRuntime",
                .product(name: "WAT", package: "WasmKit"),
                .product(name: "WasmParser", package: "WasmKit"),
                .product(name: "WasmKit", package: "WasmKit"),
            ]
        ),
    ]
)

// CI builds with FVM_WARNINGS_AS_ERRORS=1: a warning in any of our targets fails the build there,
// while a local build keeps warnings as warnings. Dependencies are not affected.
if Context.environment["FVM_WARNINGS_AS_ERRORS"] != nil {
    for target in package.targets where target.type != .system {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
    }
}
