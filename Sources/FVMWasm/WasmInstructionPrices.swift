/// What an instruction costs when metered, in milligas.
public enum InstructionCost: Sendable, Equatable {
    case fixed(UInt64)
    /// `base` plus `unit` per element of the i32 on top of the stack (v3 "linear" rules).
    case linear(base: UInt64, unit: UInt32)
}

/// The Wasm part of a price list: a cost for every instruction the metering pass sees.
public struct WasmInstructionPrices: Sendable, Equatable {
    /// Cost of every instruction not listed elsewhere.
    public var defaultCost: UInt64
    /// Cost of `nop`, `drop`, `block`, `loop`, `unreachable`, `return`, `else`, `end`.
    public var structuralCost: UInt64
    /// `memory.grow`; `nil` means `defaultCost`.
    public var memoryGrow: InstructionCost?
    /// `memory.copy` and `memory.init`.
    public var memoryCopy: InstructionCost?
    public var memoryFill: InstructionCost?
    /// `table.copy` and `table.init`.
    public var tableCopy: InstructionCost?

    /// Creates a price table.
    public init(
        defaultCost: UInt64, structuralCost: UInt64, memoryGrow: InstructionCost? = nil,
        memoryCopy: InstructionCost? = nil, memoryFill: InstructionCost? = nil, tableCopy: InstructionCost? = nil
    ) {
        self.defaultCost = defaultCost
        self.structuralCost = structuralCost
        self.memoryGrow = memoryGrow
        self.memoryCopy = memoryCopy
        self.memoryFill = memoryFill
        self.tableCopy = tableCopy
    }

    /// SKYR (nv17): 4 gas per instruction, structural ones free, bulk ops flat.
    public static let skyr = WasmInstructionPrices(defaultCost: 4000, structuralCost: 0)

    /// HYGGE (nv18): as SKYR plus per-byte bulk memory and per-page `memory.grow` charges.
    public static let hygge = WasmInstructionPrices(
        defaultCost: 4000, structuralCost: 0,
        memoryGrow: .linear(base: 4000, unit: 400 * 65536),
        memoryCopy: .linear(base: 4000, unit: 400),
        memoryFill: .linear(base: 4000, unit: 400),
        tableCopy: .linear(base: 4000, unit: 3200))

    /// fvm-wasm-instrument's `ConstantCostRules::default()`: everything costs 1 (its tests use it).
    public static let unit = WasmInstructionPrices(defaultCost: 1, structuralCost: 1)

    func cost(_ op: UInt16) -> InstructionCost {
        switch op {
        case Op.nop, Op.drop, Op.block, Op.loop, Op.unreachable, Op.return, Op.else, Op.end:
            return .fixed(structuralCost)
        case Op.memoryGrow: return memoryGrow ?? .fixed(defaultCost)
        case Op.memoryCopy, Op.memoryInit: return memoryCopy ?? .fixed(defaultCost)
        case Op.memoryFill: return memoryFill ?? .fixed(defaultCost)
        case Op.tableCopy, Op.tableInit: return tableCopy ?? .fixed(defaultCost)
        default: return .fixed(defaultCost)
        }
    }
}
