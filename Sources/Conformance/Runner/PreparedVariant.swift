import Actors
import BigInt
import Foundation
import FVMShared
import IPLD
import Kernel

/// Why a variant could not be prepared for execution.
public struct PreparationError: Error, CustomStringConvertible {
    public let stage: String
    public let message: String
    /// True when the cause is a missing prerequisite (a bundle) rather than bad input.
    public let isSkip: Bool
    public var receiverType: String? = nil
    public var description: String { "\(stage): \(message)" }
}

/// A variant with everything short of execution done: messages decoded, CAR verified and loaded,
/// state tree opened, manifest found, sender and receiver resolved to actors and their code.
public struct PreparedVariant {
    public let profile: NetworkProfile
    public let messages: [Message]
    public let store: LayeredBlockstore
    public let stateTree: StateTree
    public let manifest: Manifest
    /// The loaded bundle, nil when it is missing (then `bundleProblem` says why).
    public let bundle: ActorBundle?
    public let bundleProblem: String?
    public let receiverType: String?
    public let senderType: String?

    public init(vector: TestVector, variant: TestVector.Variant, profile: NetworkProfile, bundles: BundleCatalog)
        throws(PreparationError)
    {
        self.profile = profile
        var messages: [Message] = []
        for (i, m) in vector.applyMessages.enumerated() {
            do {
                messages.append(try Message(cbor: m.bytes))
            } catch {
                throw PreparationError(stage: "message \(i)", message: "cannot decode: \(error)", isSkip: false)
            }
        }
        guard !messages.isEmpty else {
            throw PreparationError(stage: "apply_messages", message: "no message to apply", isSkip: false)
        }
        self.messages = messages

        var bundle: ActorBundle? = nil
        var problem: String? = nil
        switch bundles.bundle(for: profile) {
        case .loaded(let b): bundle = b
        case .missing(let why): problem = why
        case .failed(let why): throw PreparationError(stage: "bundle", message: why, isSkip: false)
        }
        self.bundle = bundle

        let local = MemoryBlockstore()
        let car: CARFile
        do {
            car = try CARFile(bytes: try Gzip.decompress(vector.car))
        } catch {
            throw PreparationError(stage: "car", message: "\(error)", isSkip: false)
        }
        car.load(into: local)
        guard car.roots.contains(vector.preconditions.stateRoot) else {
            throw PreparationError(
                stage: "car",
                message: "CAR roots do not include the precondition state root \(vector.preconditions.stateRoot)",
                isSkip: false)
        }
        store = LayeredBlockstore(shared: bundle?.store ?? MemoryBlockstore(), local: local)

        do {
            stateTree = try StateTree(
                root: vector.preconditions.stateRoot, store: store,
                versions: profile.stateTreeVersions, format: profile.actorStateFormat)
        } catch {
            throw PreparationError(stage: "state tree", message: error.description, isSkip: false)
        }
        do {
            guard let system = try stateTree.actor(StateTree.systemActorID) else {
                throw PreparationError(stage: "manifest", message: "system actor f00 is missing", isSkip: false)
            }
            manifest = try Manifest(systemActorHead: system.head, store: store)
            try manifest.require(profile.requiredActors)
        } catch let e as PreparationError {
            throw e
        } catch {
            throw PreparationError(stage: "manifest", message: "\(error)", isSkip: false)
        }
        if let bundle, !bundle.store.has(manifest.dataCID) {
            // The vector's state points at a manifest the bundle does not ship.
            problem = "manifest \(manifest.dataCID) of the state tree is not in bundle \(bundle.name)"
        }

        bundleProblem = problem
        let first = messages[0]
        receiverType = try Self.actorType(first.to, stateTree, manifest, role: "receiver")
        senderType = try Self.actorType(first.from, stateTree, manifest, role: "sender")
    }

    private static func actorType(_ address: Address, _ tree: StateTree, _ manifest: Manifest, role: String)
        throws(PreparationError) -> String?
    {
        do {
            guard let id = try tree.lookupID(address), let actor = try tree.actor(id) else { return nil }
            return manifest.type(of: actor.code)?.name ?? "non-builtin"
        } catch {
            throw PreparationError(stage: "\(role) \(address)", message: error.description, isSkip: false)
        }
    }

    /// One line for reports.
    public var summary: String {
        "message to \(messages[0].to) (\(receiverType ?? "absent")) method \(messages[0].method) from \(messages[0].from) (\(senderType ?? "absent"))"
    }
}
