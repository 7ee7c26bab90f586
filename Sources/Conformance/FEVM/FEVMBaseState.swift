import Actors
import BigInt
import FVMShared
import Foundation
import IPLD
import Kernel

/// The nv18 state every FEVM scenario starts from: the builtin singletons of a real nv18
/// pre-state (system actor and its v10 manifest, init, reward, burnt funds) in a fresh actors
/// HAMT, over the v10 bundle, plus the EAM (stateless: its head is the empty array, as the nv18
/// migration installs it; no official vector's CAR holds its entry).
///
/// A vector's CAR holds only the HAMT paths its messages touched, so inserting new actors or
/// addresses into the mainnet trees would need nodes that are absent; carrying the singletons into
/// complete trees keeps every insert possible while the code, state and manifest stay the real ones.
public struct FEVMBaseState: @unchecked Sendable {
    public let profile: NetworkProfile
    /// Read-only once built: the bundle under the vector's blocks and the fresh trees.
    public let store: LayeredBlockstore
    public let stateRoot: CID
    public let context: MachineContext
    /// The vector the singletons came from, for reports.
    public let sourceVector: String

    /// Singletons copied from the vector (required) or when its CAR has them (optional).
    static let requiredIDs: [UInt64] = [0, 1, 2, 99]
    static let optionalIDs: [UInt64] = [3, 4, 5, 6, 7]
    static let eamID: UInt64 = 10

    /// The base state from the corpus and the bundles the runner would find (`--bundles`, then the
    /// usual search order).
    public static func load(corpus: String, bundlesDirectory: String?) throws(FEVMError) -> FEVMBaseState {
        try load(corpus: corpus, bundles: BundleCatalog(locator: BundleLocator(explicit: bundlesDirectory)))
    }

    /// Uses the first nv18 vector under `corpus` (sorted by path) whose CAR holds every singleton.
    public static func load(corpus: String, bundles: BundleCatalog) throws(FEVMError) -> FEVMBaseState {
        let files: [VectorFile]
        do {
            files = try VectorFiles.discover([corpus])
        } catch {
            throw .baseStateUnavailable("cannot list \(corpus): \(error)")
        }
        var lastProblem = "no nv18 vector under \(corpus)"
        for file in files where file.displayPath.contains("fil_10_") {
            do {
                return try from(vectorFile: file, bundles: bundles)
            } catch {
                lastProblem = "\(file.displayPath): \(error)"
                if case .baseStateUnavailable(let why) = error, why.hasPrefix("bundle") { break }
            }
        }
        throw .baseStateUnavailable(lastProblem)
    }

    /// Builds the base state from one nv18 vector file.
    public static func from(vectorFile file: VectorFile, bundles: BundleCatalog) throws(FEVMError) -> FEVMBaseState {
        let vector: TestVector
        do {
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
            vector = try VectorParser.parse(try JSONValue.parse(data))
        } catch {
            throw .baseStateUnavailable("\(file.displayPath) is not a readable vector: \(error)")
        }
        guard let variant = vector.preconditions.variants.first(where: { $0.nv == 18 }) else {
            throw .baseStateUnavailable("\(file.displayPath) has no nv18 variant")
        }
        let prepared: PreparedVariant
        do {
            prepared = try PreparedVariant(vector: vector, variant: variant, profile: .nv18, bundles: bundles)
        } catch {
            throw .baseStateUnavailable("\(file.displayPath): \(error)")
        }
        if let problem = prepared.bundleProblem { throw .baseStateUnavailable("bundle: \(problem)") }
        let root = try freshTree(from: prepared.stateTree, store: prepared.store)
        let context = MachineContext(
            epoch: variant.epoch, baseFee: vector.preconditions.baseFee,
            circulatingSupply: vector.preconditions.circulatingSupply)
        return FEVMBaseState(
            profile: .nv18, store: prepared.store, stateRoot: root, context: context, sourceVector: file.displayPath)
    }

    /// The singletons in a new actors HAMT, the init actor with an empty address map.
    private static func freshTree(from tree: StateTree, store: Blockstore) throws(FEVMError) -> CID {
        let actors = HAMT(store: store)
        do {
            for id in requiredIDs + optionalIDs {
                let found: ActorState?
                do {
                    found = try tree.actor(id)
                } catch {
                    if requiredIDs.contains(id) { throw FEVMError.state("\(error)", doing: "reading f0\(id)") }
                    continue
                }
                guard var actor = found else {
                    if requiredIDs.contains(id) { throw FEVMError.state("absent", doing: "reading f0\(id)") }
                    continue
                }
                if id == StateTree.initActorID {
                    var state = try InitActorState(cbor: try store.require(actor.head))
                    state.addressMap = try HAMT(store: store).flush()
                    actor.head = store.putCBOR(state.encode())
                }
                try actors.set(Address(id: id).bytes, try actor.encode(.fiveFields))
            }
            store.put(Machine.emptyArrayCID, [0x80])
            guard let system = try tree.actor(StateTree.systemActorID),
                let eam = try Manifest(systemActorHead: system.head, store: store).code(of: .eam)
            else { throw FEVMError.state("the manifest names no eam code", doing: "placing the EAM") }
            let eamActor = ActorState(code: eam, head: Machine.emptyArrayCID, nonce: 0, balance: 0)
            try actors.set(Address(id: eamID).bytes, try eamActor.encode(.fiveFields))
            var w = CBORWriter()
            w.writeArrayHeader(3)
            w.writeUInt(tree.version)
            w.writeCID(try actors.flush())
            w.writeCID(tree.info)
            return store.putCBOR(w.bytes)
        } catch let e as FEVMError {
            throw e
        } catch {
            throw .state("\(error)", doing: "building the fresh state tree")
        }
    }
}
