import Actors
import FVMShared
import IPLD

/// Why a machine could not be built for a state tree.
public enum MachineError: Error, CustomStringConvertible {
    case stateTree(StateTreeError)
    case manifest(String)

    public var description: String {
        switch self {
        case .stateTree(let e): e.description
        case .manifest(let why): "manifest: \(why)"
        }
    }
}

/// One network's view of a state tree: profile, context, state, manifest, code runner.
public final class Machine: MachineAPI {
    public let profile: NetworkProfile
    public let context: MachineContext
    /// Writes stay here until the end; reads fall through to the seeded store.
    public let store: BufferedBlockstore
    public let stateTree: StateTree
    public let manifest: Manifest
    public let randomness: RandomnessSource
    /// What the chain provides: proof verification, consensus-fault checks, tipset CIDs.
    public let externs: Externs
    /// Runs actor code; nil leaves only sends that need no code (bare transfers) possible.
    public let runner: ActorCodeRunner?
    /// Record every gas charge for `--trace`.
    public let tracing: Bool
    /// Told of every invocation (`explain`); nil for ordinary runs.
    public let callObserver: CallObserver?

    /// The DAG-CBOR empty array, head of every new actor.
    public static let emptyArrayCID: CID = CID(
        codec: CID.Codec.dagCBOR, hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256([0x80])))

    public init(
        profile: NetworkProfile, context: MachineContext, stateRoot: CID, store base: Blockstore,
        randomness: RandomnessSource, externs: Externs, runner: ActorCodeRunner?, tracing: Bool = false,
        callObserver: CallObserver? = nil
    ) throws(MachineError) {
        self.profile = profile
        self.context = context
        self.randomness = randomness
        self.externs = externs
        self.runner = runner
        self.tracing = tracing
        self.callObserver = callObserver
        store = BufferedBlockstore(base: base)
        // v3 puts the empty-array block in the store itself; v2 never reads it, so this is harmless there.
        store.put(Self.emptyArrayCID, [0x80])
        do {
            stateTree = try StateTree(
                root: stateRoot, store: store, versions: profile.stateTreeVersions, format: profile.actorStateFormat)
        } catch {
            throw .stateTree(error)
        }
        do {
            guard let system = try stateTree.actor(StateTree.systemActorID) else {
                throw MachineError.manifest("system actor is missing")
            }
            manifest = try Manifest(systemActorHead: system.head, store: store)
            try manifest.require(profile.requiredActors)
        } catch let e as MachineError {
            throw e
        } catch {
            throw .manifest("\(error)")
        }
    }

    /// Writes the state and returns the new root (the value vectors compare).
    public func flush() throws(StateTreeError) -> CID { try stateTree.flush() }
}
