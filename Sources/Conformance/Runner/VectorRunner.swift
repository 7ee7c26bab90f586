import Actors
import BigInt
import Foundation
import FVMShared
import IPLD
import Kernel

/// Runs one vector file: every variant becomes one result, whatever happens.
public struct VectorRunner: Sendable {
    public let bundles: BundleCatalog
    /// Makes the code runner for a prepared variant; nil when no Wasm engine is available.
    public let engine: (@Sendable (PreparedVariant) -> ActorCodeRunner?)?
    /// Receives the gas trace of every executed variant (`--trace`).
    public let tracer: (@Sendable (String, [GasTraceEntry]) -> Void)?

    public init(bundles: BundleCatalog, engine: (@Sendable (PreparedVariant) -> ActorCodeRunner?)? = nil,
                tracer: (@Sendable (String, [GasTraceEntry]) -> Void)? = nil) {
        self.bundles = bundles
        self.engine = engine
        self.tracer = tracer
    }

    /// Results for every variant of `file` (one result when the file cannot be read as a vector).
    public func run(_ file: VectorFile) -> [VectorResult] {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double { Self.milliseconds(clock.now - start) }
        let fallbackID = ((file.displayPath as NSString).lastPathComponent as NSString).deletingPathExtension
        func fileResult(_ status: VectorStatus, _ reason: String, id: String? = nil) -> [VectorResult] {
            [VectorResult(file: file.displayPath, id: id ?? fallbackID, status: status, reason: reason, durationMs: elapsed())]
        }

        let data: [UInt8]
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= VectorLimits.maxFileBytes else {
                return fileResult(.error, "file of \(size) bytes exceeds the \(VectorLimits.maxFileBytes)-byte limit for a vector")
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
            return fileResult(.skip, "vector class \"\(header.vectorClass)\" is not supported (only \"message\" vectors run)", id: id)
        }
        let vector: TestVector
        do {
            vector = try VectorParser.parse(json)
        } catch {
            return fileResult(.error, "malformed vector: \(error)", id: id)
        }
        if vector.preconditions.variants.isEmpty {
            return fileResult(.error, "malformed vector: preconditions.variants is empty", id: id)
        }
        let unsupported = Self.unsupportedSelector(vector.selector)
        var results: [VectorResult] = []
        for variant in vector.preconditions.variants {
            let variantStart = clock.now
            var result = VectorResult(file: file.displayPath, id: id, variant: variant.id, nv: Int(variant.nv), status: .skip)
            if let unsupported {
                result.reason = "selector not supported: \(unsupported)"
            } else {
                runVariant(vector, variant, into: &result)
            }
            result.durationMs = Self.milliseconds(clock.now - variantStart)
            results.append(result)
        }
        return results
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

    private func runVariant(_ vector: TestVector, _ variant: TestVector.Variant, into result: inout VectorResult) {
        guard let profile = NetworkProfile.forVersion(variant.nv) else {
            result.status = .skip
            result.reason = "network version \(variant.nv) is not supported (supported: \(NetworkProfile.all.map { "\($0.networkVersion.rawValue)" }.joined(separator: ", ")))"
            return
        }
        do {
            let prepared = try PreparedVariant(vector: vector, variant: variant, profile: profile, bundles: bundles)
            result.actor = prepared.receiverType
            result.method = prepared.messages.first?.method
            if let missing = prepared.bundleProblem {
                result.status = .skip
                result.reason = missing
                return
            }
            var trace: [GasTraceEntry] = []
            let execution = VariantExecution(vector: vector, variant: variant, prepared: prepared, runner: engine?(prepared), tracing: tracer != nil)
            switch execution.run(trace: &trace) {
            case .pass:
                result.status = .pass
            case .fail(let reason, let detail):
                result.status = .fail
                result.reason = reason
                result.detail = detail
            case .skip(let reason):
                result.status = .skip
                result.reason = reason
                result.detail = prepared.summary
            case .error(let reason):
                result.status = .error
                result.reason = reason
            }
            tracer?(result.id, trace)
        } catch let failure as PreparationError {
            result.status = failure.isSkip ? .skip : .error
            result.reason = failure.description
            result.actor = failure.receiverType ?? result.actor
        } catch {
            result.status = .error
            result.reason = "internal error: \(error)"
        }
    }
}
