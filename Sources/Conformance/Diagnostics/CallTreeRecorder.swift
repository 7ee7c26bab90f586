import Actors
import BigInt
import FVMShared
import IPLD
import Kernel

/// Builds call trees from the call manager's invocation events.
final class CallTreeRecorder: CallObserver {
    private let manifest: Manifest
    /// Invocations started and not yet ended, outermost first, with the gas used at their start.
    private var open: [(node: CallNode, gasAtStart: Gas)] = []
    private var finished: [CallNode] = []

    init(manifest: Manifest) { self.manifest = manifest }

    func invocationStarted(from: UInt64, to: UInt64, code: CID, method: UInt64, value: BigInt, gasUsed: Gas) {
        let kind = manifest.kind(of: code)
        let node = CallNode(
            from: from, to: to, actor: kind, method: method, value: value, outcome: .unfinished,
            gas: .zero, children: [])
        open.append((node, gasUsed))
    }

    func invocationEnded(_ outcome: Result<ExitCode, ExecutionError>, gasUsed: Gas) {
        guard let (opened, start) = open.popLast() else { return }
        var node = opened
        switch outcome {
        case .success(let code): node.outcome = .exited(code)
        case .failure(let error): node.outcome = .aborted(error.description)
        }
        node.gas = gasUsed - start
        if open.isEmpty {
            finished.append(node)
        } else {
            open[open.count - 1].node.children.append(node)
        }
    }

    /// The trees of the message just run (top-level calls in order), emptying the record.
    func drain() -> [CallNode] {
        defer {
            finished = []
            open = []
        }
        return finished + open.map(\.node)
    }
}
