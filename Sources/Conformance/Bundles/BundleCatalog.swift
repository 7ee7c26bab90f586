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

    /// The bundle a network profile needs, loading it on first use.
    public func bundle(for profile: NetworkProfile) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        if let e = entries[profile.bundleName] { return e }
        let entry: Entry
        if let path = locator.locate(profile.bundleName) {
            do {
                entry = .loaded(try ActorBundle.load(from: URL(fileURLWithPath: path)))
            } catch {
                entry = .failed("bundle \(path) could not be loaded: \(error)")
            }
        } else {
            entry = .missing("bundle \(profile.bundleName) not found (looked in \(locator.searchedDescription))")
        }
        entries[profile.bundleName] = entry
        return entry
    }
}
