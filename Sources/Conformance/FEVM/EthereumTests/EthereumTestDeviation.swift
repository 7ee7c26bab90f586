import BigInt

/// The documented ways the FEVM (actors v10) departs from Ethereum, with the rule that decides
/// which Ethereum test cases depend on them. A case is skipped when code the transaction can run
/// (`EVMCodeReach`) holds an instruction of a deviation; the rule reads the code and the case's inputs (its transaction and header), never a result.
///
/// This is the one list of skips: each entry names the FIP section that documents it.
public enum EthereumTestDeviation: String, CaseIterable, Sendable, Comparable {
    case blockEnvironment
    case gasPrice
    case gasObserved
    case callcode
    case selfdestruct
    case cancunOpcodes
    case ethereumScaleCallGas
    case memoryBoundedByGas
    case reservedPrecompileAddress
    case exceedsFilecoinBlockGas

    /// The opcodes whose presence selects this deviation (GAS is handled by `observesGas`).
    public var opcodes: [UInt8: String] {
        switch self {
        case .blockEnvironment:
            [
                0x40: "BLOCKHASH", 0x41: "COINBASE", 0x42: "TIMESTAMP", 0x43: "NUMBER", 0x44: "PREVRANDAO",
                0x45: "GASLIMIT", 0x46: "CHAINID", 0x48: "BASEFEE",
            ]
        case .gasPrice: [0x3a: "GASPRICE"]
        case .gasObserved: [0x5a: "GAS"]
        case .callcode: [0xf2: "CALLCODE"]
        case .selfdestruct: [0xff: "SELFDESTRUCT"]
        case .cancunOpcodes: [0x49: "BLOBHASH", 0x4a: "BLOBBASEFEE", 0x5c: "TLOAD", 0x5d: "TSTORE", 0x5e: "MCOPY"]
        case .ethereumScaleCallGas, .memoryBoundedByGas, .reservedPrecompileAddress, .exceedsFilecoinBlockGas: [:]
        }
    }

    /// Why the FEVM differs, and where that is documented.
    public var reason: String {
        switch self {
        case .blockEnvironment:
            "block-environment opcodes read the Filecoin chain (COINBASE is 0, GASLIMIT 10e9, NUMBER the epoch, "
                + "PREVRANDAO beacon randomness, BLOCKHASH a tipset CID): FIP-0054, Opcode support, Opcodes with remarks (Accessors)"
        case .gasPrice:
            "GASPRICE is the Filecoin base fee plus the effective premium: FIP-0054, Opcode support, Opcodes with remarks (Accessors: GASPRICE)"
        case .gasObserved:
            "GAS returns Filecoin gas, so code that stores it or branches on it sees other values (forwarding it to a call is fine): "
                + "FIP-0054, Opcodes with remarks (Accessors: GAS) and Product considerations, Gas"
        case .callcode:
            "CALLCODE is not supported and aborts with exit code 36: FIP-0054, Opcodes with remarks (Calls: CALLCODE)"
        case .selfdestruct:
            "SELFDESTRUCT sets a tombstone and sends the balance away with pre-Cancun (not EIP-6780) semantics: "
                + "FIP-0054, Opcodes with remarks (Lifecycle: SELFDESTRUCT)"
        case .cancunOpcodes:
            "Cancun opcodes (EIP-1153 TLOAD/TSTORE, EIP-5656 MCOPY, EIP-4844 BLOBHASH, EIP-7516 BLOBBASEFEE) do not exist in the "
                + "v10 EVM actor, which supports Paris plus PUSH0: FIP-0054, Other considerations, Historical support"
        case .ethereumScaleCallGas:
            "a call's gas is a constant sized for Ethereum (below the 10M Filecoin gas FIP-0054 deems enough for a bare "
                + "transfer, or funding a loop): the callee runs out of Filecoin gas where Ethereum's budget suffices; "
                + "FIP-0054, Opcodes with remarks (Calls: CALL, \"all gas values are Filecoin gas\")"
        case .memoryBoundedByGas:
            "memory touched at a constant offset whose expansion costs more Ethereum gas than the transaction has "
                + "(below 4 GiB, where both fail): Ethereum runs out of gas, the FEVM bounds memory by size only: FIP-0054, Opcodes with remarks (Memory: MLOAD, MSTORE, MSTORE8, MSIZE)"
        case .reservedPrecompileAddress:
            "code at 0x00…00XX or 0xfe00…00XX: the v10 EVM actor reserves both ranges for precompiles (EthAddress::"
                + "is_precompile in builtin-actors v10 checks the prefix, not the index) and never runs code there; "
                + "FIP-0054, Precompiles, and Calls: DELEGATECALL"
        case .exceedsFilecoinBlockGas:
            "code that loops and a transaction using more Ethereum gas than a Cancun mainnet block holds (30M): "
                + "interpreted on Filecoin gas that work exceeds a 10B-gas Filecoin block: FIP-0054, Product considerations, Gas"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    /// Ethereum gas beyond a Cancun mainnet block's limit marks a stress case.
    static let ethereumBlockGasLimit = 30_000_000
    /// FIP-0054's floor for a call that must "always work" on Filecoin gas.
    static let filecoinCallGasFloor: UInt64 = 10_000_000

    /// The deviations case `c` depends on, sorted: the rules read its code and header, never a result.
    public static func dependencies(
        of c: EthereumTestCase, excluding excluded: Set<EthAddress> = [EthereumTestOracle.beaconRoots]
    ) -> [EthereumTestDeviation] {
        let reachable = EVMCodeReach(pre: c.pre, excluded: excluded).reachable(
            from: c.transaction.to, calldata: c.transaction.data)
        var found: Set<EthereumTestDeviation> = []
        var facts = CodeFacts()
        var effectfulCallee = false
        for address in reachable {
            let code = c.pre[address]?.code ?? []
            facts.add(code)
            let effectful = EVMEffectAnalysis.mayHaveEffects(code)
            // Code that provably ends without effect before any instruction the folder cannot
            // follow never executed a deviating opcode that mattered.
            if effectful { found.formUnion(self.found(in: code)) }
            if address != c.transaction.to && effectful { effectfulCallee = true }
            if isReservedPrecompile(address) && effectful { found.insert(.reservedPrecompileAddress) }
        }
        let starved = facts.constantCallGas.contains { $0 < filecoinCallGasFloor }
        if effectfulCallee && (starved || (!facts.constantCallGas.isEmpty && facts.loops)) {
            found.insert(.ethereumScaleCallGas)
        }
        // Work that exhausted the transaction's Ethereum gas left no effect there either.
        if facts.loops && c.block.gasUsed > ethereumBlockGasLimit && c.block.gasUsed < c.transaction.gasLimit {
            found.insert(.exceedsFilecoinBlockGas)
        }
        if facts.memoryOffsets.contains(where: { outOfEthereumGas(offset: $0, gasLimit: c.transaction.gasLimit) }) {
            found.insert(.memoryBoundedByGas)
        }
        return found.sorted()
    }

    /// Whether touching memory at `offset` costs more Ethereum gas (3 per word plus words²/512)
    /// than the whole transaction has, while the EVM actor's 32-bit memory could still hold it.
    static func outOfEthereumGas(offset: UInt64, gasLimit: BigInt) -> Bool {
        guard offset < 1 << 32 else { return false }
        let words = BigInt((offset + 32 + 31) / 32)
        return 3 * words + words * words / 512 > gasLimit
    }

    /// The v10 EVM actor's precompile ranges: prefix 0x00 or 0xfe, 18 zero bytes, a non-zero index.
    static func isReservedPrecompile(_ a: EthAddress) -> Bool {
        (a.bytes[0] == 0x00 || a.bytes[0] == 0xfe) && a.bytes[1..<19].allSatisfy { $0 == 0 } && a.bytes[19] != 0
    }

    /// The opcode-selected deviations `code` depends on.
    static func found(in code: [UInt8]) -> Set<EthereumTestDeviation> {
        let instructions = EVMInstruction.decode(code)
        var out: Set<EthereumTestDeviation> = []
        for (i, ins) in instructions.enumerated() {
            if ins.opcode == 0x5a {
                if observesGas(instructions, at: i) { out.insert(.gasObserved) }
                continue
            }
            for d in allCases where d.opcodes[ins.opcode] != nil { out.insert(d) }
        }
        return out
    }

    /// GAS feeding a call's gas argument (`GAS CALL`, or `GAS SUB CALL` for "all but a reserve")
    /// only sizes the call, which works on Filecoin gas too; any other use observes the value.
    static func observesGas(_ ins: [EVMInstruction], at i: Int) -> Bool {
        let next = ins.dropFirst(i + 1).prefix(2).map(\.opcode)
        if let first = next.first, EVMInstruction.callFamily.contains(first) { return false }
        if next.count == 2, next[0] == 0x03, EVMInstruction.callFamily.contains(next[1]) { return false }
        return true
    }
}

/// What the call-gas rule needs from the reachable code: constant gas arguments and loops.
struct CodeFacts {
    /// Gas arguments pushed right before a call (a value beyond 64 bits counts as the maximum).
    var constantCallGas: [UInt64] = []
    /// Some code jumps backwards to a constant target.
    var loops = false
    /// Offsets pushed right before an instruction that takes a memory offset first.
    var memoryOffsets: [UInt64] = []

    mutating func add(_ code: [UInt8]) {
        let ins = EVMInstruction.decode(code)
        for (i, push) in ins.enumerated().dropLast() where (0x5f...0x7f).contains(push.opcode) {
            let next = ins[i + 1]
            if EVMInstruction.callFamily.contains(next.opcode) { constantCallGas.append(push.pushedValue ?? .max) }
            if EVMInstruction.memoryOffsetFirst.contains(next.opcode) { memoryOffsets.append(push.pushedValue ?? .max) }
            if (next.opcode == 0x56 || next.opcode == 0x57), let target = push.pushedValue, target < push.pc {
                loops = true
            }
        }
    }
}
