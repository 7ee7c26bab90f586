/// Whether code can leave effects: run from its first instruction with every value the folder
/// knows, it either provably ends without effect (an invalid jump, INVALID, REVERT: Ethereum
/// discards the frame's writes; or a loop that returns to the same state, which only ends by
/// running out of gas) or may complete (STOP, RETURN, the end of the code, or anything the folder
/// cannot follow).
///
/// A deviation that keeps such code from running (a reserved address, a call starved of gas)
/// cannot change the outcome when the code could never have had an effect.
enum EVMEffectAnalysis {
    static let maxSteps = 10_000

    private struct State: Hashable {
        var index: Int
        var folder: StackFolder
    }

    static func mayHaveEffects(_ code: [UInt8]) -> Bool {
        let instructions = EVMInstruction.decode(code)
        var indexOfPC: [Int: Int] = [:]
        for (i, ins) in instructions.enumerated() { indexOfPC[ins.pc] = i }
        var folder = StackFolder(calldata: nil)
        var seen: Set<State> = []
        var i = 0
        for _ in 0..<maxSteps {
            guard i < instructions.count else { return true }
            let ins = instructions[i]
            switch ins.opcode {
            case 0x00, 0xf3: return true
            case 0xfd, 0xfe: return false
            case 0x5b:
                guard seen.insert(State(index: i, folder: folder)).inserted else { return false }
                i += 1
            case 0x56, 0x57:
                guard let (target, taken) = folder.jump(ins.opcode == 0x57) else { return true }
                guard taken else {
                    i += 1
                    continue
                }
                guard let target, let next = indexOfPC[target], instructions[next].opcode == 0x5b else { return false }
                i = next
            case 0x55:
                guard folder.discard(2) else { return true }
                i += 1
            default:
                guard case .next = folder.step(ins) else { return true }
                i += 1
            }
        }
        return true
    }
}
