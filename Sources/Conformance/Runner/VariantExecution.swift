import Actors
import BigInt
import FVMShared
import Foundation
import IPLD
import Kernel

/// Executes a prepared variant's messages and flushes the state tree.
struct VariantExecution {
    let vector: TestVector
    let variant: TestVector.Variant
    let prepared: PreparedVariant
    let runner: ActorCodeRunner?
    let tracing: Bool

    /// How an execution ended: with an outcome to judge, or without one.
    enum Result {
        case completed(ExecutionOutcome)
        case skip(String)
        case error(String)
    }

    /// Runs every message (stopping at one that cannot be applied), then flushes the state tree.
    func execute(trace: inout [GasTraceEntry]) -> Result {
        let context = MachineContext(
            epoch: variant.epoch, baseFee: vector.preconditions.baseFee,
            circulatingSupply: vector.preconditions.circulatingSupply)
        let machine: Machine
        do {
            machine = try Machine(
                profile: prepared.profile, context: context, stateRoot: vector.preconditions.stateRoot,
                store: prepared.store, randomness: ReplayRandomness(rules: vector.randomness),
                externs: ConformanceExterns(),
                runner: runner, tracing: tracing)
        } catch {
            return .error("machine: \(error)")
        }
        let executor = Executor(machine: machine)
        var outcome = ExecutionOutcome(
            receipts: [], interruption: nil, root: nil, store: machine.store, local: prepared.store.local)
        for (i, message) in prepared.messages.enumerated() {
            let raw = InclusionLength.of(message, bytes: vector.applyMessages[i].bytes)
            do {
                let applied = try executor.executeExplicit(message, rawLength: raw)
                trace += applied.trace
                outcome.receipts.append((applied.receipt, applied.failureInfo ?? "no error"))
            } catch {
                if case .noEngine = error {
                    return .skip("no Wasm engine to run actor code (message \(i) invokes it)")
                }
                outcome.interruption = ("message \(i) could not be applied: \(error)", error.description)
                return .completed(outcome)
            }
        }
        do {
            outcome.root = try machine.flush()
        } catch {
            outcome.interruption = ("flushing the state tree failed: \(error)", "\(error)")
        }
        return .completed(outcome)
    }
}
