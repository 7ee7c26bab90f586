/// Renders function bodies as one instruction per line, for tests and diagnostics.
public enum WasmDisassembler {
    private static let names: [UInt16: String] = [
        0x00: "unreachable", 0x01: "nop", 0x02: "block", 0x03: "loop", 0x04: "if", 0x05: "else", 0x0B: "end",
        0x0C: "br", 0x0D: "br_if", 0x0E: "br_table", 0x0F: "return", 0x10: "call", 0x11: "call_indirect",
        0x1A: "drop", 0x1B: "select", 0x20: "local.get", 0x21: "local.set", 0x22: "local.tee",
        0x23: "global.get", 0x24: "global.set", 0x28: "i32.load", 0x29: "i64.load", 0x2D: "i32.load8_u",
        0x36: "i32.store", 0x37: "i64.store", 0x3A: "i32.store8", 0x3F: "memory.size", 0x40: "memory.grow",
        0x41: "i32.const", 0x42: "i64.const", 0x45: "i32.eqz", 0x46: "i32.eq", 0x47: "i32.ne", 0x48: "i32.lt_s",
        0x49: "i32.lt_u", 0x4A: "i32.gt_s", 0x4B: "i32.gt_u", 0x4D: "i32.le_u", 0x4F: "i32.ge_u", 0x50: "i64.eqz",
        0x53: "i64.lt_s", 0x69: "i32.popcnt", 0x6A: "i32.add", 0x6B: "i32.sub", 0x6C: "i32.mul", 0x71: "i32.and",
        0x72: "i32.or", 0x73: "i32.xor", 0x74: "i32.shl", 0x76: "i32.shr_u", 0x77: "i32.rotl", 0x7C: "i64.add",
        0x7D: "i64.sub", 0x7E: "i64.mul", 0xAD: "i64.extend_i32_u", 0x108: "memory.init", 0x109: "data.drop",
        0x10A: "memory.copy", 0x10B: "memory.fill",
    ]

    /// One line per instruction of every defined function (index space of defined functions).
    public static func functions(_ bytes: [UInt8]) throws(WasmPreparationError) -> [[String]] {
        let m = try WasmModuleParser.parse(bytes)
        let decoder = InstructionDecoder(features: .fvmV3)
        var out: [[String]] = []
        for (i, entry) in m.code.enumerated() {
            let body = try decoder.decode(
                bytes: bytes, start: entry.body.lowerBound, end: entry.body.upperBound,
                function: m.importedFunctionCount + i)
            out.append(body.instructions.map { render($0, labels: body.labels) })
        }
        return out
    }

    static func render(_ ins: WasmInstruction, labels: [UInt32]) -> String {
        let name = names[ins.opcode] ?? "op_\(String(ins.opcode, radix: 16))"
        switch ins.opcode {
        case Op.block, Op.loop, Op.if:
            switch ins.immediate {
            case Op.emptyBlockType: return name
            case -1: return name + " (result i32)"
            case -2: return name + " (result i64)"
            case -3: return name + " (result f32)"
            default: return name + " (result f64)"
            }
        case Op.br, Op.brIf, Op.call, Op.callIndirect, Op.localGet, Op.localSet, Op.localTee, Op.globalGet,
            Op.globalSet, Op.i32Const, Op.i64Const:
            return "\(name) \(ins.immediate)"
        case Op.brTable:
            let first = Int(ins.immediate)
            return name + (first..<first + Int(ins.count) + 1).map { " \(labels[$0])" }.joined()
        default: return name
        }
    }
}
