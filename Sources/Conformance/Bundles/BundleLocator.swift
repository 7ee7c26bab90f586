import Foundation

/// Finds builtin-actor bundles (`vN.tar.zst`) in the documented search order:
/// `--bundles DIR`, `$FVM_BUNDLES`, `vectors/bundles/`, then the user cache.
public struct BundleLocator: Sendable {
    /// Directories in search order.
    public let directories: [String]

    public init(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        var dirs: [String] = []
        if let explicit { dirs.append(explicit) }
        if let env = environment["FVM_BUNDLES"], !env.isEmpty { dirs.append(env) }
        dirs.append((workingDirectory as NSString).appendingPathComponent("vectors/bundles"))
        let cacheRoot = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".cache")
        dirs.append((cacheRoot as NSString).appendingPathComponent("fvm-conformance/bundles"))
        directories = dirs
    }

    /// The first existing file named `name` in the search order.
    public func locate(_ name: String) -> String? {
        for dir in directories {
            let path = (dir as NSString).appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// "looked in A, B, C" for skip reasons.
    public var searchedDescription: String { directories.joined(separator: ", ") }
}
