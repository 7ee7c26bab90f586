import Actors
import BigInt
import Foundation
import FVMShared
import IPLD
import Kernel

/// Executes a prepared variant and compares what the VM produced with the vector.
struct VariantExecution {
    let vector: TestVector
    let variant: TestVector.Variant
    let prepared: PreparedVariant
    let runner: ActorCodeRunner?
    let tracing: Bool

    enum Verdict {
        case pass
        case fail(reason: String, detail: String)
        case skip(String)
        case error(String)
    }

    /// Runs every message, then compares receipts and the post-state root.
    func run(trace: inout [GasTraceEntry]) -> Verdict {
        let context = MachineContext(epoch: variant.epoch, baseFee: vector.preconditions.baseFee,
                                     circulatingSupply: vector.preconditions.circulatingSupply)
        let machine: Machine
        do {
            machine = try Machine(profile: prepared.profile, context: context, stateRoot: vector.preconditions.stateRoot,
                                  store: prepared.store, randomness: ReplayRandomness(rules: vector.randomness),
                                  runner: runner, tracing: tracing)
        } catch {
            return .error("machine: \(error)")
        }
        let executor = Executor(machine: machine)
        for (i, message) in prepared.messages.enumerated() {
            let raw = InclusionLength.of(message, bytes: vector.applyMessages[i].bytes)
            let applied: ApplyResult
            do {
                applied = try executor.executeExplicit(message, rawLength: raw)
            } catch {
                if error.needsEngine {
                    return .skip("Wasm execution not implemented (message \(i) invokes actor code)")
                }
                return .fail(reason: "message \(i) could not be applied: \(error)", detail: error.description)
            }
            trace += applied.trace
            let expected = vector.postconditions.receipts[i]
            let actual = applied.receipt
            let info = applied.failureInfo ?? "no error"
            if Int64(actual.exitCode.rawValue) != expected.exitCode {
                return .fail(reason: "exit code of msg \(i) did not match; expected \(expected.exitCode), got \(actual.exitCode)",
                             detail: "expected exit code \(expected.exitCode), got \(actual.exitCode)\nerror: \(info)\ngas used: expected \(expected.gasUsed), got \(actual.gasUsed)")
            }
            if actual.returnData != expected.returnData {
                return .fail(reason: "return data of msg \(i) did not match",
                             detail: "expected return \(Self.hex(expected.returnData))\ngot return      \(Self.hex(actual.returnData))")
            }
            if actual.gasUsed != expected.gasUsed {
                let diff = Int64(actual.gasUsed) - Int64(expected.gasUsed)
                return .fail(reason: "gas used of msg \(i) did not match; expected \(expected.gasUsed), got \(actual.gasUsed) (\(diff > 0 ? "+" : "")\(diff))",
                             detail: "expected gas_used \(expected.gasUsed), got \(actual.gasUsed)\nexit code \(actual.exitCode) (\(info))")
            }
        }
        let root: CID
        do {
            root = try machine.flush()
        } catch {
            return .fail(reason: "flushing the state tree failed: \(error)", detail: "\(error)")
        }
        if root != vector.postconditions.stateRoot {
            return .fail(reason: "wrong post root cid; expected \(vector.postconditions.stateRoot), got \(root)",
                         detail: stateDiff(actual: root, store: machine.store))
        }
        return .pass
    }

    /// Every actor and field where our post-state differs from the expected one.
    func stateDiff(actual: CID, store: Blockstore) -> String {
        guard let version = ActorsVersion(profile: prepared.profile) else {
            return "no state schemas for \(prepared.profile.name)"
        }
        let diff = StateTreeDiff.compare(expected: vector.postconditions.stateRoot, actual: actual, store: store,
                                         manifest: prepared.manifest, version: version)
        return StateDiffText.render(diff)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "(empty)" : bytes.map { String(format: "%02x", $0) }.joined()
    }
}
