/// Which pre-state code a transaction can run, decided from the code alone.
///
/// Most cases send to a dispatcher that calls one small contract chosen by the calldata
/// (`CALL(gas, 0x1000 + calldata[4:36], …)`), and a file's `pre` holds the contracts of all its
/// cases. Folding the dispatcher's straight-line prefix with the real calldata names the callee;
/// when a call's target cannot be folded (a jump, an unknown value), every contract of `pre`
/// counts as reachable, so the answer only ever errs towards more code.
struct EVMCodeReach {
    let pre: [EthAddress: EthereumAccount]
    /// Contracts whose code the transaction never runs (the EIP-4788 contract runs in a system
    /// call before it).
    let excluded: Set<EthAddress>

    /// The accounts whose code the transaction may run, starting at `target` with `calldata`.
    func reachable(from target: EthAddress, calldata: [UInt8]) -> Set<EthAddress> {
        var seen: Set<EthAddress> = []
        var work: [(EthAddress, [UInt8]?)] = [(target, calldata)]
        while let (address, input) = work.popLast() {
            guard !excluded.contains(address), let code = pre[address]?.code, !code.isEmpty,
                seen.insert(address).inserted
            else { continue }
            guard let callees = Self.foldedCallees(code, calldata: input) else {
                return Set(pre.filter { !$0.value.code.isEmpty && !excluded.contains($0.key) }.keys)
            }
            for c in callees { work.append((c, nil)) }
        }
        return seen
    }

    /// The constant targets of every call in `code`, or nil when one cannot be folded. Calls and
    /// creations are only foldable in straight-line code before the first jump or jump target; what
    /// follows the last of them does not matter.
    static func foldedCallees(_ code: [UInt8], calldata: [UInt8]?) -> [EthAddress]? {
        let instructions = EVMInstruction.decode(code)
        let makesCalls = instructions.contains {
            EVMInstruction.callFamily.contains($0.opcode) || $0.opcode == 0xf0 || $0.opcode == 0xf5
        }
        guard makesCalls else { return [] }
        // Past the last call or creation, nothing the folder cannot read can name another callee.
        let lastCall =
            instructions.lastIndex {
                EVMInstruction.callFamily.contains($0.opcode) || $0.opcode == 0xf0 || $0.opcode == 0xf5
            } ?? 0
        var folder = StackFolder(calldata: calldata)
        var callees: [EthAddress] = []
        for (i, ins) in instructions.enumerated() {
            switch folder.step(ins) {
            case .next: continue
            case .called(let target):
                guard let target else { return nil }
                callees.append(target)
            case .halted: return callees
            case .unknown: return i > lastCall ? callees : nil
            }
        }
        return callees
    }
}
