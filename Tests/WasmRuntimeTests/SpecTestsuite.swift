import Foundation

/// Where the specification scripts live and which of them run.
enum SpecTestsuite {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `WASM_TESTSUITE` wins; otherwise the shared folder beside the package.
    static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["WASM_TESTSUITE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/wasm-testsuite")
    }()

    /// Wasm 1.0 and the three proposals the FVM turns on.
    static let folders = [
        "core",
        "proposals/sign-extension-ops",
        "proposals/nontrapping-float-to-int-conversions",
        "proposals/bulk-memory-operations",
    ]

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("core").path)
    }

    /// Paths relative to `root`, such as `core/i32.wast`.
    static let scripts: [String] = folders.flatMap { folder in
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".wast") }.sorted().map { "\(folder)/\($0)" }
    }

    static func text(of script: String) throws -> String {
        // A few scripts hold bytes that are not UTF-8 inside quoted modules; decoding repairs
        // them rather than refusing the whole script.
        String(decoding: try Data(contentsOf: root.appendingPathComponent(script)), as: UTF8.self)
    }
}
