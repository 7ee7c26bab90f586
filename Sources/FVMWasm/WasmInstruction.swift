/// One decoded instruction of a function body, kept small so whole bundles fit in memory.
///
/// Original instructions remember where their bytes are so the encoder can copy them verbatim;
/// instructions synthesised by the instrumentation have `rawStart == -1`.
struct WasmInstruction {
    /// The opcode byte, or `0x100 | sub-opcode` for the 0xFC prefix.
    var opcode: UInt16
    /// Const value, index, label depth, block type (s33) or, for `br_table`, the first label's
    /// position in the body's label table.
    var immediate: Int64
    /// `br_table`: number of explicit labels; `call_indirect`: the type index is in `immediate`.
    var count: UInt32
    var rawStart: Int32
    var rawLength: Int32

    init(_ opcode: UInt16, _ immediate: Int64 = 0, count: UInt32 = 0, rawStart: Int32 = -1, rawLength: Int32 = 0) {
        self.opcode = opcode
        self.immediate = immediate
        self.count = count
        self.rawStart = rawStart
        self.rawLength = rawLength
    }

    var isSynthetic: Bool { rawStart < 0 }
}

/// Opcode numbers the instrumentation needs to recognise or emit.
enum Op {
    static let unreachable: UInt16 = 0x00
    static let nop: UInt16 = 0x01
    static let block: UInt16 = 0x02
    static let loop: UInt16 = 0x03
    static let `if`: UInt16 = 0x04
    static let `else`: UInt16 = 0x05
    static let end: UInt16 = 0x0B
    static let br: UInt16 = 0x0C
    static let brIf: UInt16 = 0x0D
    static let brTable: UInt16 = 0x0E
    static let `return`: UInt16 = 0x0F
    static let call: UInt16 = 0x10
    static let callIndirect: UInt16 = 0x11
    static let drop: UInt16 = 0x1A
    static let select: UInt16 = 0x1B
    static let localGet: UInt16 = 0x20
    static let localSet: UInt16 = 0x21
    static let localTee: UInt16 = 0x22
    static let globalGet: UInt16 = 0x23
    static let globalSet: UInt16 = 0x24
    static let memorySize: UInt16 = 0x3F
    static let memoryGrow: UInt16 = 0x40
    static let i32Const: UInt16 = 0x41
    static let i64Const: UInt16 = 0x42
    static let f32Const: UInt16 = 0x43
    static let f64Const: UInt16 = 0x44
    static let i32Add: UInt16 = 0x6A
    static let i32Sub: UInt16 = 0x6B
    static let i32GtU: UInt16 = 0x4B
    static let i64Sub: UInt16 = 0x7D
    static let i64Mul: UInt16 = 0x7E
    static let i64LtS: UInt16 = 0x53
    static let i64ExtendI32U: UInt16 = 0xAD
    static let memoryInit: UInt16 = 0x108
    static let dataDrop: UInt16 = 0x109
    static let memoryCopy: UInt16 = 0x10A
    static let memoryFill: UInt16 = 0x10B
    static let tableInit: UInt16 = 0x10C
    static let elemDrop: UInt16 = 0x10D
    static let tableCopy: UInt16 = 0x10E

    /// Block type immediate of an empty block (0x40 read as s33).
    static let emptyBlockType: Int64 = -64
}

/// How an instruction moves the operand stack, as the stack limiter models it (spec §2.2).
enum StackEffect {
    case none
    /// `pop(p)` then `push(q)`.
    case popPush(UInt8, UInt8)
    /// `select`: two separate pops, then one push.
    case select
    case control
}

extension WasmInstruction {
    /// The stack effect of every non-control opcode the decoder accepts.
    static func stackEffect(_ op: UInt16) -> StackEffect {
        switch op {
        case 0x01, 0x109, 0x10D: return .none
        case 0x00, 0x02, 0x03, 0x04, 0x05, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11: return .control
        case 0x1A: return .popPush(1, 0)
        case 0x1B: return .select
        case 0x20, 0x23, 0x3F, 0x41, 0x42, 0x43, 0x44: return .popPush(0, 1)
        case 0x21, 0x24: return .popPush(1, 0)
        case 0x22: return .popPush(1, 1)
        case 0x28...0x35: return .popPush(1, 1)
        case 0x36...0x3E: return .popPush(2, 0)
        case 0x40: return .popPush(1, 1)
        case 0x45, 0x50: return .popPush(1, 1)
        case 0x46...0x4F, 0x51...0x5A, 0x5B...0x66: return .popPush(2, 1)
        case 0x67...0x69, 0x79...0x7B, 0x8B...0x91, 0x99...0x9F: return .popPush(1, 1)
        case 0x6A...0x78, 0x7C...0x8A, 0x92...0x98, 0xA0...0xA6: return .popPush(2, 1)
        case 0xA7...0xBF, 0xC0...0xC4: return .popPush(1, 1)
        case 0x100...0x107: return .popPush(1, 1)
        case 0x108, 0x10A, 0x10B, 0x10C, 0x10E: return .popPush(3, 0)
        default: return .none
        }
    }
}
