import Foundation
import IPLD

/// Why a bundle could not be used.
public enum BundleError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case corrupt(String)
    case invalidCAR(name: String, IPLDError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read bundle \(path): \(reason)"
        case .corrupt(let why): "corrupt bundle: \(why)"
        case .invalidCAR(let name, let e): "bundle CAR \(name): \(e)"
        }
    }
}

/// A builtin-actors bundle (`vN.tar.zst`): one CAR per network, each rooted at a manifest.
public final class ActorBundle: @unchecked Sendable {
    /// Every block of every CAR; immutable once loaded, so tasks may share it.
    public let store: MemoryBlockstore
    /// CAR file name → manifest root CID (`[version, data CID]`).
    public let manifestRoots: [String: CID]
    /// File name, e.g. `v10.tar.zst`.
    public let name: String

    /// Decompresses, untars and loads every CAR, verifying each block.
    public init(bytes: [UInt8], name: String) throws(BundleError) {
        self.name = name
        let tar = try Zstd.decompress(bytes)
        let store = MemoryBlockstore()
        var roots: [String: CID] = [:]
        for entry in try Tar.files(tar) where entry.name.hasSuffix(".car") {
            do {
                let car = try CARFile(bytes: entry.data)
                car.load(into: store)
                roots[entry.name] = car.roots[0]
            } catch {
                throw .invalidCAR(name: entry.name, error)
            }
        }
        guard !roots.isEmpty else { throw .corrupt("\(name) holds no CAR file") }
        self.store = store
        manifestRoots = roots
    }

    /// Reads and loads a bundle file.
    public static func load(from url: URL) throws(BundleError) -> ActorBundle {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: "\(error.localizedDescription)")
        }
        return try ActorBundle(bytes: [UInt8](data), name: url.lastPathComponent)
    }

    /// Every Wasm module of the mainnet manifest: actor name, code CID and bytes.
    public func mainnetModules() throws(ManifestError) -> [(name: String, code: CID, wasm: [UInt8])] {
        let manifest = try mainnetManifest()
        var out: [(String, CID, [UInt8])] = []
        for entry in manifest.entries {
            guard let wasm = store.get(entry.code) else { throw .notFound("code \(entry.code) of \(entry.name)") }
            out.append((entry.name, entry.code, wasm))
        }
        return out
    }

    /// The mainnet manifest of this bundle.
    public func mainnetManifest() throws(ManifestError) -> Manifest {
        guard let entry = manifestRoots.first(where: { $0.key.contains("mainnet") }) else {
            throw .notFound("no mainnet CAR in \(name)")
        }
        let value: IPLDValue
        do {
            value = try store.getValue(entry.value)
        } catch {
            throw .invalid("manifest root: \(error)")
        }
        guard let items = value.list, items.count == 2, items[0].uint64 == 1, let data = items[1].cid else {
            throw .invalid("manifest root is not [1, data CID]")
        }
        return try Manifest(dataCID: data, store: store)
    }
}
