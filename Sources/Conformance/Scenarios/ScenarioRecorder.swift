import Actors
import FVMShared
import Foundation
import IPLD
import Kernel

/// Executes scenarios and writes them as vectors: the vector is first written with placeholder
/// expectations, executed exactly as the runner replays it (from its own CAR), checked against
/// what the scenario states, then written again with the receipts and root it produced.
public struct ScenarioRecorder: Sendable {
    public let bundles: BundleCatalog
    public let engines: WasmEngines
    /// Out-of-gas points, as fractions of the last message's gas used: each an extra vector.
    public static let outOfGasFractions: [(label: String, fraction: Double)] = [("oog-50", 0.5), ("oog-90", 0.9)]

    public init(bundles: BundleCatalog, engines: WasmEngines = FEVMScenario.sharedEngines) {
        self.bundles = bundles
        self.engines = engines
    }

    /// A recorder over the bundles the runner would find (`bundlesDirectory` first, then the usual order).
    public init(bundlesDirectory: String?) {
        self.init(bundles: BundleCatalog(locator: BundleLocator(explicit: bundlesDirectory)))
    }

    /// The genesis of `profile`.
    public func genesis(_ profile: NetworkProfile) throws(ScenarioError) -> ScenarioGenesis {
        try GenesisBuilder.build(
            profile: profile, bundles: bundles, runner: WasmActorRunner(engine: engines.engine(for: profile)))
    }

    /// The scenario's vector and its out-of-gas variants.
    public func record(_ scenario: Scenario, on genesis: ScenarioGenesis) throws(ScenarioError) -> [ScenarioVector] {
        guard let version = ActorsVersion(profile: genesis.profile) else {
            throw .execution(scenario: scenario.path, "no method table for actors v\(genesis.profile.actorsVersion)")
        }
        var script = ScenarioScript(genesis: genesis, actorsVersion: version)
        do {
            try scenario.script(&script)
        } catch let e as ScenarioError {
            throw e
        } catch {
            throw .execution(scenario: scenario.path, "building the messages: \(error)")
        }
        let prefix = "nv\(genesis.profile.networkVersion.rawValue)/\(scenario.path)"
        let main = try recordVector(
            id: prefix, description: scenario.summary, messages: script.messages,
            expectations: script.expectations, genesis: genesis)
        var out = [main]
        guard scenario.outOfGas, let last = main.receipts.last, last.exitCode.isSuccess else { return out }
        for (label, fraction) in Self.outOfGasFractions {
            var messages = script.messages
            messages[messages.count - 1].gasLimit = Int64(Double(last.gasUsed) * fraction)
            var expectations = script.expectations
            expectations[expectations.count - 1] = ScenarioExpectation(exitCode: .sysOutOfGas, returns: nil)
            out.append(
                try recordVector(
                    id: "\(prefix)--\(label)",
                    description:
                        "\(scenario.summary); the last message out of gas at \(Int(fraction * 100))% of its gas",
                    messages: messages, expectations: expectations, genesis: genesis))
        }
        return out
    }

    func recordVector(
        id: String, description: String, messages: [Message], expectations: [ScenarioExpectation],
        genesis: ScenarioGenesis
    ) throws(ScenarioError) -> ScenarioVector {
        let car = CARWriter.encode(roots: [genesis.stateRoot], blocks: genesis.blocks)
        let placeholder = messages.map { _ in Receipt(exitCode: .ok, returnData: [], gasUsed: 0) }
        let (executed, root) = try execute(
            id: id, try json(id, description, genesis, car, messages, placeholder, genesis.stateRoot), genesis: genesis)
        let receipts = executed
        for (i, expected) in expectations.enumerated() {
            let actual = receipts[i].receipt
            guard actual.exitCode == expected.exitCode else {
                throw .exitCodeDiffers(
                    scenario: id, message: i, expected: expected.exitCode.rawValue, actual: actual.exitCode.rawValue,
                    info: receipts[i].failureInfo)
            }
            if let check = expected.returns, let found = check.mismatch(actual.returnData) {
                throw .returnDiffers(scenario: id, message: i, expected: check.description, actual: found)
            }
        }
        let final = try json(id, description, genesis, car, messages, receipts.map(\.receipt), root)
        return ScenarioVector(
            path: id + ".json", text: JSONWriter.render(final), receipts: receipts.map(\.receipt), root: root)
    }

    private func json(
        _ id: String, _ description: String, _ genesis: ScenarioGenesis, _ car: [UInt8], _ messages: [Message],
        _ receipts: [Receipt], _ root: CID
    ) throws(ScenarioError) -> JSONValue {
        do {
            return try ScenarioVectorJSON.make(
                id: id, description: description, genesis: genesis, car: car, messages: messages,
                receipts: receipts, postRoot: root)
        } catch {
            throw .execution(scenario: id, "encoding the vector: \(error)")
        }
    }

    /// Runs the vector as the runner does: parsed from its JSON, state from its CAR over the bundle.
    private func execute(id: String, _ json: JSONValue, genesis: ScenarioGenesis) throws(ScenarioError) -> (
        [(receipt: Receipt, failureInfo: String)], CID
    ) {
        do {
            let reparsed = try JSONValue.parse(Array(JSONWriter.render(json).utf8))
            let vector = try VectorParser.parse(reparsed)
            let variant = vector.preconditions.variants[0]
            let prepared = try PreparedVariant(
                vector: vector, variant: variant, profile: genesis.profile, bundles: bundles)
            if let problem = prepared.bundleProblem { throw ScenarioError.bundle(problem) }
            let execution = VariantExecution(
                vector: vector, variant: variant, prepared: prepared,
                runner: WasmActorRunner(engine: engines.engine(for: genesis.profile)), tracing: false)
            var trace: [GasTraceEntry] = []
            switch execution.execute(trace: &trace) {
            case .completed(let outcome):
                if let interruption = outcome.interruption {
                    throw ScenarioError.execution(scenario: id, "\(interruption.reason): \(interruption.detail)")
                }
                guard let root = outcome.root else { throw ScenarioError.execution(scenario: id, "no post-state root") }
                return (outcome.receipts, root)
            case .skip(let why), .error(let why): throw ScenarioError.execution(scenario: id, why)
            }
        } catch let e as ScenarioError {
            throw e
        } catch {
            throw .execution(scenario: id, "\(error)")
        }
    }
}
