import Actors
import FVMShared
import Foundation
import IPLD
import Kernel

/// One variant of one vector run with every diagnostic on: gas trace and call tree per message,
/// and the post-state with the blocks both roots need.
public struct VectorDiagnosis {
    public var vectorID: String
    public var variant: TestVector.Variant
    public var version: ActorsVersion
    public var messages: [DiagnosedMessage]
    /// The root we produced, or why flushing the state failed.
    public var postState: Result<CID, StateTreeError>
    public var expectedRoot: CID
    /// Our post-state over the vector's CAR (which holds the expected post-state) and the bundle.
    public var store: Blockstore
    public var profile: NetworkProfile
    public var manifest: Manifest

    /// Runs `variantID` (default: the first) of the vector at `path`, every message to the end
    /// (a failing receipt does not stop the run: later messages are diagnosed too).
    public static func run(path: String, variantID: String? = nil, bundles: BundleCatalog) throws(DiagnosisError)
        -> VectorDiagnosis
    {
        let vector = try load(path)
        let variant = try pick(variantID, in: vector)
        guard let profile = NetworkProfile.forVersion(variant.nv), let version = ActorsVersion(profile: profile) else {
            throw .unsupportedNetwork(variant.nv)
        }
        let prepared: PreparedVariant
        do {
            prepared = try PreparedVariant(vector: vector, variant: variant, profile: profile, bundles: bundles)
        } catch {
            throw .preparation(error.description)
        }
        if let problem = prepared.bundleProblem { throw .missingBundle(problem) }
        let recorder = CallTreeRecorder(manifest: prepared.manifest)
        let machine = try makeMachine(vector, variant, prepared, recorder)
        let messages = try execute(vector, prepared, Executor(machine: machine), recorder)
        return VectorDiagnosis(
            vectorID: vector.meta?.id ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension,
            variant: variant, version: version, messages: messages,
            postState: Result { () throws(StateTreeError) in try machine.flush() },
            expectedRoot: vector.postconditions.stateRoot, store: machine.store, profile: profile,
            manifest: prepared.manifest)
    }

    /// As `run(path:variantID:bundles:)`, with bundles searched where a conformance run searches
    /// them (`bundleDirectory` first).
    public static func run(path: String, variantID: String? = nil, bundleDirectory: String?) throws(DiagnosisError)
        -> VectorDiagnosis
    {
        let catalog = BundleCatalog(
            locator: BundleLocator(
                explicit: bundleDirectory, workingDirectory: FileManager.default.currentDirectoryPath))
        return try run(path: path, variantID: variantID, bundles: catalog)
    }

    /// Where our post-state differs from the expected one; nil when the roots match (or ours could not be flushed).
    public var stateDiff: StateTreeDiff? {
        guard let postRoot, postRoot != expectedRoot else { return nil }
        return StateTreeDiff.compare(
            expected: expectedRoot, actual: postRoot, store: store, manifest: manifest, version: version)
    }

    /// Whether every receipt and the post-state root match the vector.
    /// The root we produced, nil when flushing failed.
    public var postRoot: CID? {
        if case .success(let root) = postState { return root }
        return nil
    }

    public var passes: Bool { messages.allSatisfy(\.receiptMatches) && postRoot == expectedRoot }

    static func load(_ path: String) throws(DiagnosisError) -> TestVector {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        do {
            let vector = try VectorParser.parse(bytes)
            guard vector.vectorClass == "message" else {
                throw DiagnosisError.notAVector("class \(vector.vectorClass)")
            }
            return vector
        } catch let e as DiagnosisError {
            throw e
        } catch {
            throw .notAVector("\(error)")
        }
    }

    static func pick(_ id: String?, in vector: TestVector) throws(DiagnosisError) -> TestVector.Variant {
        let variants = vector.preconditions.variants
        guard let chosen = id.map({ id in variants.first { $0.id == id } }) ?? variants.first else {
            throw .noSuchVariant(id ?? "(first)", available: variants.map(\.id))
        }
        return chosen
    }

    static func makeMachine(
        _ vector: TestVector, _ variant: TestVector.Variant, _ prepared: PreparedVariant,
        _ recorder: CallTreeRecorder
    ) throws(DiagnosisError) -> Machine {
        let context = MachineContext(
            epoch: variant.epoch, baseFee: vector.preconditions.baseFee,
            circulatingSupply: vector.preconditions.circulatingSupply)
        let engine = WasmEngines().engine(for: prepared.profile)
        do {
            return try Machine(
                profile: prepared.profile, context: context, stateRoot: vector.preconditions.stateRoot,
                store: prepared.store, randomness: ReplayRandomness(rules: vector.randomness),
                externs: ConformanceExterns(), runner: WasmActorRunner(engine: engine), tracing: true,
                callObserver: recorder)
        } catch {
            throw .machine(error.description)
        }
    }

    static func execute(
        _ vector: TestVector, _ prepared: PreparedVariant, _ executor: Executor,
        _ recorder: CallTreeRecorder
    ) throws(DiagnosisError) -> [DiagnosedMessage] {
        var out: [DiagnosedMessage] = []
        for (i, message) in prepared.messages.enumerated() {
            let applied: ApplyResult
            do {
                applied = try executor.executeExplicit(
                    message, rawLength: InclusionLength.of(message, bytes: vector.applyMessages[i].bytes))
            } catch {
                throw .message(index: i, reason: error.description)
            }
            out.append(
                DiagnosedMessage(
                    index: i, message: message, receipt: applied.receipt, expected: vector.postconditions.receipts[i],
                    failureInfo: applied.failureInfo, calls: recorder.drain(), trace: applied.trace))
        }
        return out
    }
}
