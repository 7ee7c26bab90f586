import Actors
import Foundation
import IPLD
import Kernel

/// Loads each bundle once and shares it (read-only) across all vector tasks.
public final class BundleCatalog: @unchecked Sendable {
    /// How loading one bundle ended.
    public enum Entry: Sendable {
        case loaded(ActorBundle)
        case missing(String)
        case failed(String)
    }

    public let locator: BundleLocator
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init(locator: BundleLocator) { self.locator = locator }

    /// A catalog searching `explicitDirectory` first, then the usual places (`BundleLocator`).
    public convenience init(explicitDirectory: String?) {
        self.init(locator: BundleLocator(explicit: explicitDirectory))
    }

    /// The bundle a network profile needs, loading it on first use.
    public func bundle(for profile: NetworkProfile) -> Entry { bundle(named: profile.bundleName) }

    /// The bundle file `name`, loading it on first use. A file whose name is pinned
    /// (`OfficialBundle`) but whose SHA-256 differs is refused: the vectors were made with the pinned one.
    public func bundle(named name: String) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        if let e = entries[name] { return e }
        let entry = load(name)
        entries[name] = entry
        return entry
    }

    private func load(_ name: String) -> Entry {
        guard let path = locator.locate(name) else {
            return .missing("bundle \(name) not found (looked in \(locator.searchedDescription))")
        }
        if let pin = OfficialBundle.named(name) {
            switch pin.check(path: path) {
            case .matches: break
            case .differs(let actual):
                return .failed("bundle \(path) has SHA-256 \(actual), not the pinned \(pin.sha256): refused")
            case .unreadable(let why): return .failed("bundle \(path): \(why)")
            }
        }
        do {
            return .loaded(try ActorBundle.load(from: URL(fileURLWithPath: path)))
        } catch {
            return .failed("bundle \(path) could not be loaded: \(error)")
        }
    }

    /// Loads the bundles of every supported network version and returns what keeps any of them
    /// from loading, one line each (empty when all are there and verified).
    public func problems(for profiles: [NetworkProfile] = NetworkProfile.all) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for profile in profiles where seen.insert(profile.bundleName).inserted {
            switch bundle(for: profile) {
            case .loaded: continue
            case .missing: out.append("missing: \(profile.bundleName) (nv\(profile.networkVersion.rawValue))")
            case .failed(let why): out.append(why)
            }
        }
        return out
    }
}
