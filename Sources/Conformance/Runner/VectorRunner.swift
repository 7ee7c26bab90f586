import Actors
import BigInt
import FVMShared
import Foundation
import IPLD
import Kernel

/// Runs one vector file: every variant becomes one result, whatever happens.
public struct VectorRunner: Sendable {
    public let bundles: BundleCatalog
    /// Makes the code runner for a prepared variant; nil when no Wasm engine is available.
    public let engine: (@Sendable (PreparedVariant) -> ActorCodeRunner?)?
    /// Receives the gas trace of every executed variant (`--trace`).
    public let tracer: (@Sendable (String, [GasTraceEntry]) -> Void)?
    /// What a variant must match to pass.
    public let compare: CompareMode

    public init(
        bundles: BundleCatalog, engine: (@Sendable (PreparedVariant) -> ActorCodeRunner?)? = nil,
        tracer: (@Sendable (String, [GasTraceEntry]) -> Void)? = nil, compare: CompareMode = .all
    ) {
        self.bundles = bundles
        self.engine = engine
        self.tracer = tracer
        self.compare = compare
    }

    /// Results for every variant of `file` (one result when the file cannot be read as a vector).
    public func run(_ file: VectorFile) -> [VectorResult] { execute(file).results }

    /// Runs every variant of `file`, keeping what each execution produced.
    func execute(_ file: VectorFile) -> VectorRun {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double { Self.milliseconds(clock.now - start) }
        let fallbackID = ((file.displayPath as NSString).lastPathComponent as NSString).deletingPathExtension
        func fileResult(
            _ status: VectorStatus, _ reason: String, id: String? = nil, source: VectorSource = .official
        ) -> VectorRun {
            .ended(
                VectorResult(
                    file: file.displayPath, id: id ?? fallbackID, status: status, reason: reason,
                    durationMs: elapsed(), source: source))
        }

        let data: [UInt8]
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= VectorLimits.maxFileBytes else {
                return fileResult(
                    .error, "file of \(size) bytes exceeds the \(VectorLimits.maxFileBytes)-byte limit for a vector")
            }
            data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            return fileResult(.error, "cannot read file: \(error.localizedDescription)")
        }
        let json: JSONValue
        do {
            json = try JSONValue.parse(data)
        } catch {
            return fileResult(.error, "not a test vector: \(error)")
        }
        let header: VectorHeader
        do {
            header = try VectorParser.header(json)
        } catch {
            return fileResult(.error, "not a test vector: \(error)")
        }
        let id = header.meta?.id ?? fallbackID
        guard header.vectorClass == "message" else {
            return fileResult(
                .skip, "vector class \"\(header.vectorClass)\" is not supported (only \"message\" vectors run)", id: id,
                source: header.source)
        }
        let vector: TestVector
        do {
            vector = try VectorParser.parse(json)
        } catch {
            return fileResult(.error, "malformed vector: \(error)", id: id, source: header.source)
        }
        if vector.preconditions.variants.isEmpty {
            return fileResult(
                .error, "malformed vector: preconditions.variants is empty", id: id, source: header.source)
        }
        let unsupported = Self.unsupportedSelector(vector.selector)
        var run = VectorRun(json: json, vector: vector, variants: [])
        for variant in vector.preconditions.variants {
            let variantStart = clock.now
            var result = VectorResult(
                file: file.displayPath, id: id, variant: variant.id, nv: Int(variant.nv), status: .skip,
                source: header.source)
            var outcome: ExecutionOutcome? = nil
            if let unsupported {
                result.reason = "selector not supported: \(unsupported)"
            } else {
                outcome = runVariant(vector, variant, into: &result)
            }
            result.durationMs = Self.milliseconds(clock.now - variantStart)
            run.variants.append(.init(result: result, outcome: outcome))
        }
        return run
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// The selector entry that keeps a vector from running here, as ref-fvm's runners decide.
    static func unsupportedSelector(_ selector: [String: String]) -> String? {
        if selector["chaos_actor"] == "true" { return "chaos_actor" }
        if selector["requires:consensus_fault_extern"] == "true" { return "requires:consensus_fault_extern" }
        if selector["min_protocol_version"] == "chocolate" { return "min_protocol_version=chocolate" }
        return nil
    }

    /// Prepares, executes and judges one variant into `result`; returns the execution's outcome, if any.
    private func runVariant(_ vector: TestVector, _ variant: TestVector.Variant, into result: inout VectorResult)
        -> ExecutionOutcome?
    {
        guard let profile = NetworkProfile.forVersion(variant.nv) else {
            result.status = .skip
            result.reason =
                "network version \(variant.nv) is not supported (supported: \(NetworkProfile.all.map { "\($0.networkVersion.rawValue)" }.joined(separator: ", ")))"
            return nil
        }
        do {
            let prepared = try PreparedVariant(vector: vector, variant: variant, profile: profile, bundles: bundles)
            result.actor = prepared.receiverType
            result.method = prepared.messages.first?.method
            if let missing = prepared.bundleProblem {
                result.status = .skip
                result.reason = missing
                return nil
            }
            var trace: [GasTraceEntry] = []
            let execution = VariantExecution(
                vector: vector, variant: variant, prepared: prepared, runner: engine?(prepared), tracing: tracer != nil)
            let executed = execution.execute(trace: &trace)
            tracer?(result.id, trace)
            switch executed {
            case .completed(let outcome):
                judge(outcome, ExpectationCheck(vector: vector, prepared: prepared, compare: compare), into: &result)
                return outcome
            case .skip(let reason):
                result.status = .skip
                result.reason = reason
                result.detail = prepared.summary
            case .error(let reason):
                result.status = .error
                result.reason = reason
            }
        } catch {
            result.status = error.isSkip ? .skip : .error
            result.reason = error.description
            result.actor = error.receiverType ?? result.actor
        }
        return nil
    }

    private func judge(_ outcome: ExecutionOutcome, _ check: ExpectationCheck, into result: inout VectorResult) {
        switch check.judge(outcome) {
        case .pass:
            result.status = .pass
        case .fail(let reason, let detail):
            result.status = .fail
            result.reason = reason
            result.detail = detail
        }
    }
}
