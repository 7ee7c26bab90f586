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
                         detail: StateDiff.describe(actualRoot: root, expectedRoot: vector.postconditions.stateRoot,
                                                    store: machine.store, profile: prepared.profile, messages: prepared.messages))
        }
        return .pass
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "(empty)" : bytes.map { String(format: "%02x", $0) }.joined()
    }
}

/// Which actors, and which of their fields, differ between two state trees.
enum StateDiff {
    static func describe(actualRoot: CID, expectedRoot: CID, store: Blockstore, profile: NetworkProfile, messages: [Message]) -> String {
        do {
            let actual = try StateTree(root: actualRoot, store: store, versions: profile.stateTreeVersions, format: profile.actorStateFormat)
            let expected = try StateTree(root: expectedRoot, store: store, versions: profile.stateTreeVersions, format: profile.actorStateFormat)
            var ids: [UInt64] = Array(0..<100)
            for m in messages {
                for a in [m.from, m.to] { if let id = try? actual.lookupID(a) ?? nil { ids.append(id) } }
            }
            var lines: [String] = []
            for id in Set(ids).sorted() {
                let e = try? expected.actor(id)
                let a = try? actual.actor(id)
                guard let eState = e ?? nil else { continue }
                guard let aState = a ?? nil else { lines.append("f0\(id): missing in our state"); continue }
                if eState == aState { continue }
                var fields: [String] = []
                if eState.code != aState.code { fields.append("code: expected \(eState.code), got \(aState.code)") }
                if eState.nonce != aState.nonce { fields.append("nonce: expected \(eState.nonce), got \(aState.nonce)") }
                if eState.balance != aState.balance {
                    fields.append("balance: expected \(eState.balance), got \(aState.balance) (diff \(aState.balance - eState.balance))")
                }
                if eState.delegatedAddress != aState.delegatedAddress { fields.append("delegated address differs") }
                if eState.head != aState.head {
                    fields.append("head: expected \(eState.head), got \(aState.head)")
                    if let eh = try? store.getValue(eState.head).list, let ah = try? store.getValue(aState.head).list {
                        for i in 0..<max(eh.count, ah.count) where (i < eh.count ? eh[i] : nil) != (i < ah.count ? ah[i] : nil) {
                            fields.append("  state field \(i) differs")
                        }
                    }
                }
                lines.append("f0\(id) differs:\n    " + fields.joined(separator: "\n    "))
            }
            return lines.isEmpty ? "no differing actor among the sender, the receiver and f00..f099" : lines.joined(separator: "\n")
        } catch {
            return "cannot compare state trees: \(error)"
        }
    }
}
