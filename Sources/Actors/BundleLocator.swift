import Foundation

/// Finds builtin-actor bundles (`vN.tar.zst`) in the documented search order:
/// `--bundles DIR`, `$FVM_BUNDLES`, `vectors/bundles/`, the user cache, then `../shared/bundles`
/// beside the working folder (where CI and the project's machines keep a verified copy).
public struct BundleLocator: Sendable {
    /// One place searched, with how a message names it.
    public struct Place: Sendable, Equatable {
        public let label: String
        public let directory: String
    }

    /// Places in search order.
    public let places: [Place]

    /// Directories in search order.
    public var directories: [String] { places.map(\.directory) }

    public init(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        let cwd = workingDirectory as NSString
        var places: [Place] = []
        if let explicit { places.append(Place(label: "--bundles", directory: explicit)) }
        if let env = environment["FVM_BUNDLES"], !env.isEmpty {
            places.append(Place(label: "$FVM_BUNDLES", directory: env))
        }
        places.append(Place(label: "vectors/bundles", directory: cwd.appendingPathComponent("vectors/bundles")))
        let cacheRoot =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".cache")
        places.append(
            Place(label: "cache", directory: (cacheRoot as NSString).appendingPathComponent("fvm-conformance/bundles")))
        let sibling = (cwd.deletingLastPathComponent as NSString).appendingPathComponent("shared/bundles")
        places.append(Place(label: "../shared/bundles", directory: sibling))
        self.places = places
    }

    /// The first existing file named `name` in the search order.
    public func locate(_ name: String) -> String? {
        for dir in directories {
            let path = (dir as NSString).appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// "A, B, C" for messages, each place with its label.
    public var searchedDescription: String {
        places.map { $0.label == $0.directory ? $0.directory : "\($0.directory) (\($0.label))" }.joined(separator: ", ")
    }
}
