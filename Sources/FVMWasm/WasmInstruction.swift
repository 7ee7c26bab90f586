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
