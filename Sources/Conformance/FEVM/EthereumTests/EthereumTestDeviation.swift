/// The documented ways the FEVM (actors v10) departs from Ethereum, with the rule that decides
/// which Ethereum test cases depend on them. A case is skipped when code the transaction can run
/// (`EVMCodeReach`) holds an instruction of a deviation; the rule reads the code, never a result.
///
/// This is the one list of skips: each entry names the FIP section that documents it.
public enum EthereumTestDeviation: String, CaseIterable, Sendable, Comparable {
    case blockEnvironment
    case gasPrice
    case gasObserved
    case callcode
    case selfdestruct
    case cancunOpcodes

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
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The deviations `code` depends on, with the opcode names found.
    static func found(in code: [UInt8]) -> [EthereumTestDeviation: Set<String>] {
        let instructions = EVMInstruction.decode(code)
        var out: [EthereumTestDeviation: Set<String>] = [:]
        for (i, ins) in instructions.enumerated() {
            if ins.opcode == 0x5a {
                if observesGas(instructions, at: i) { out[.gasObserved, default: []].insert("GAS") }
                continue
            }
            for d in allCases { if let name = d.opcodes[ins.opcode] { out[d, default: []].insert(name) } }
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
