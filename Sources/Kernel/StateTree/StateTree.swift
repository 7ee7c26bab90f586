import Actors
import FVMShared
import IPLD

/// Why the state tree could not be read or written.
public enum StateTreeError: Error, Equatable, CustomStringConvertible {
    case ipld(IPLDError)
    case unsupportedVersion(UInt64, expected: [UInt64])
    case invalidRoot(String)
    case invalidActor(id: UInt64, IPLDError)
    case initActorMissing

    public var description: String {
        switch self {
        case .ipld(let e): "state tree: \(e)"
        case .unsupportedVersion(let v, let expected):
            "state tree version \(v) is not supported here (expected \(expected.map(String.init).joined(separator: " or ")))"
        case .invalidRoot(let why): "invalid state root: \(why)"
        case .invalidActor(let id, let e): "actor f0\(id): \(e)"
        case .initActorMissing: "the init actor (f01) is missing"
        }
    }
}

/// The actors HAMT behind a `StateRoot [version, actors, info]`, with a write-back cache.
public final class StateTree {
    public let store: Blockstore
    public let version: UInt64
    public let info: CID
    public let format: ActorStateFormat
    private let actors: HAMT
    /// Decoded actors; nil records a known absence. Dirty entries are written on flush.
    private var cache: [UInt64: ActorState?] = [:]
    private var dirty: Set<UInt64> = []
    private var addressCache: [Address: UInt64] = [:]
    /// Undo log for transactions: every cache write records what it replaced.
    private var journal: [JournalEntry] = []
    private var transactionStarts: [Int] = []

    private enum JournalEntry {
        case actor(id: UInt64, previous: ActorState??, wasDirty: Bool)
        case address(Address, previous: UInt64?)
    }

    /// Well-known actor IDs.
    public static let systemActorID: UInt64 = 0
    public static let initActorID: UInt64 = 1

    /// Opens the tree at `root`, accepting only the versions the network allows.
    public init(root: CID, store: Blockstore, versions: [UInt64], format: ActorStateFormat) throws(StateTreeError) {
        self.store = store
        self.format = format
        let bytes: [UInt8]
        do {
            bytes = try store.require(root)
        } catch {
            throw .ipld(error)
        }
        var r = CBORReader(bytes)
        do {
            try r.readTupleHeader(3, "StateRoot")
            version = try r.readUInt()
            guard versions.contains(version) else {
                throw StateTreeError.unsupportedVersion(version, expected: versions)
            }
            let actorsRoot = try r.readCID()
            info = try r.readCID()
            actors = try HAMT(root: actorsRoot, store: store)
        } catch let e as StateTreeError {
            throw e
        } catch let e as IPLDError {
            throw .invalidRoot(e.description)
        } catch {
            throw .invalidRoot("\(error)")
        }
    }

    private static func key(_ id: UInt64) -> [UInt8] { Address(id: id).bytes }

    /// The actor with ID `id`, or nil when absent.
    public func actor(_ id: UInt64) throws(StateTreeError) -> ActorState? {
        if let cached = cache[id] { return cached }
        let raw: [UInt8]?
        do {
            raw = try actors.get(Self.key(id))
        } catch {
            throw .ipld(error)
        }
        var state: ActorState? = nil
        if let raw {
            do {
                state = try ActorState(cbor: raw)
            } catch {
                throw .invalidActor(id: id, error)
            }
        }
        cache[id] = .some(state)
        return state
    }

    /// Creates or replaces an actor.
    public func setActor(_ id: UInt64, _ state: ActorState) {
        record(id)
        cache[id] = .some(state)
        dirty.insert(id)
    }

    /// Removes an actor.
    public func deleteActor(_ id: UInt64) {
        record(id)
        cache[id] = .some(nil)
        dirty.insert(id)
    }

    private func record(_ id: UInt64) {
        guard !transactionStarts.isEmpty else { return }
        journal.append(.actor(id: id, previous: cache[id], wasDirty: dirty.contains(id)))
    }

    /// Remembers that `address` now resolves to `id` (a newly registered address).
    public func cacheAddress(_ address: Address, id: UInt64) {
        if !transactionStarts.isEmpty { journal.append(.address(address, previous: addressCache[address])) }
        addressCache[address] = id
    }

    // MARK: - Transactions

    /// Opens a (nested) transaction layer.
    public func beginTransaction() { transactionStarts.append(journal.count) }

    /// Closes the innermost layer, undoing its writes when `revert` is true.
    public func endTransaction(revert: Bool) {
        guard let start = transactionStarts.popLast() else { return }
        if revert {
            while journal.count > start {
                switch journal.removeLast() {
                case .actor(let id, let previous, let wasDirty):
                    if let previous { cache[id] = previous } else { cache.removeValue(forKey: id) }
                    if wasDirty { dirty.insert(id) } else { dirty.remove(id) }
                case .address(let address, let previous):
                    addressCache[address] = previous
                }
            }
        } else if transactionStarts.isEmpty {
            journal.removeAll()
        }
    }

    /// Resolves any address to an actor ID through the init actor's address map; nil if unknown.
    public func lookupID(_ address: Address) throws(StateTreeError) -> UInt64? {
        if let id = address.id { return id }
        if let id = addressCache[address] { return id }
        guard let initActor = try actor(Self.initActorID) else { throw .initActorMissing }
        do {
            let state = try InitActorState(cbor: try store.require(initActor.head))
            let map = try HAMT(root: state.addressMap, store: store)
            guard let raw = try map.get(address.bytes) else { return nil }
            var r = CBORReader(raw)
            let id = try r.readUInt()
            // Reads are facts of the pre-state plus committed writes: caching them needs no undo.
            addressCache[address] = id
            return id
        } catch {
            throw .ipld(error)
        }
    }

    /// Writes every modified actor and returns the new state root CID.
    public func flush() throws(StateTreeError) -> CID {
        guard transactionStarts.isEmpty else { throw .invalidRoot("flush inside a transaction") }
        do {
            for id in dirty.sorted() {
                if let state = cache[id] ?? nil {
                    try actors.set(Self.key(id), try state.encode(format))
                } else {
                    try actors.delete(Self.key(id))
                }
            }
            dirty.removeAll()
            let actorsRoot = try actors.flush()
            var w = CBORWriter()
            w.writeArrayHeader(3)
            w.writeUInt(version)
            w.writeCID(actorsRoot)
            w.writeCID(info)
            return store.putCBOR(w.bytes)
        } catch {
            throw .ipld(error)
        }
    }
}

extension StateTree {
    /// Assigns the next actor ID to `address` in the init actor's map (auto-created accounts and
    /// placeholders); the init actor is written back inside the current transaction.
    public func registerNewAddress(_ address: Address) throws(StateTreeError) -> UInt64 {
        guard var initActor = try actor(Self.initActorID) else { throw .initActorMissing }
        do {
            var state = try InitActorState(cbor: try store.require(initActor.head))
            let id = state.nextID
            state.nextID += 1
            let map = try HAMT(root: state.addressMap, store: store)
            var w = CBORWriter()
            w.writeUInt(id)
            try map.set(address.bytes, w.bytes)
            state.addressMap = try map.flush()
            initActor.head = store.putCBOR(state.encode())
            setActor(Self.initActorID, initActor)
            cacheAddress(address, id: id)
            return id
        } catch {
            throw .ipld(error)
        }
    }
}
