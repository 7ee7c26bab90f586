/// A decoded function body: its local declarations and instruction list (final `end` included).
struct DecodedBody {
    var localGroups: [(count: UInt32, type: UInt8)]
    var instructions: [WasmInstruction]
    /// `br_table` labels: explicit labels followed by the default, addressed by the instruction.
    var labels: [UInt32]
    /// Sum of the local group counts.
    var totalLocals: UInt64
}

/// Decodes function bodies and rejects every opcode the feature profile forbids.
struct InstructionDecoder {
    let features: WasmFeatureProfile
    /// wasmparser's cap on locals per function, which wasmtime validation enforces.
    static let maxLocals: UInt64 = 50_000

    func decode(bytes: [UInt8], start: Int, end: Int, function: Int) throws(WasmPreparationError) -> DecodedBody {
        var r = WasmByteReader(bytes, offset: start, end: end)
        var groups: [(count: UInt32, type: UInt8)] = []
        var total: UInt64 = 0
        let groupCount = try r.u32()
        groups.reserveCapacity(Int(min(groupCount, 1024)))
        for _ in 0..<groupCount {
            let n = try r.u32()
            let t = try r.byte()
            try checkValueType(t, function: function, offset: r.offset - 1)
            total += UInt64(n)
            if total > Self.maxLocals { throw r.fail("too many locals in function \(function)") }
            groups.append((n, t))
        }
        var instructions: [WasmInstruction] = []
        instructions.reserveCapacity((end - r.offset) / 2)
        var labels: [UInt32] = []
        var depth = 1
        while depth > 0 {
            guard !r.isAtEnd else { throw r.fail("function \(function) body ends without end") }
            let at = r.offset
            let b = try r.byte()
            var ins = WasmInstruction(UInt16(b))
            switch b {
            case 0x00, 0x01, 0x0F, 0x1A, 0x1B: break
            case 0x02, 0x03, 0x04:
                let bt = try r.signed(bits: 33)
                switch bt {
                case Op.emptyBlockType, -1, -2, -3, -4: ins.immediate = bt
                case -5: throw forbidden("v128 block type (SIMD)", function, at)
                case -16, -17: throw forbidden("reference-typed block (reference types)", function, at)
                default: throw forbidden("type-indexed block type (multi-value)", function, at)
                }
                depth += 1
            case 0x05: break
            case 0x0B: depth -= 1
            case 0x0C, 0x0D, 0x20, 0x21, 0x22, 0x23, 0x24, 0x10:
                ins.immediate = Int64(try r.u32())
            case 0x0E:
                let n = try r.u32()
                ins.immediate = Int64(labels.count)
                ins.count = n
                for _ in 0..<n { labels.append(try r.u32()) }
                labels.append(try r.u32())
            case 0x11:
                ins.immediate = Int64(try r.u32())
                let table = try r.u32()
                if table != 0 { throw forbidden("call_indirect on table \(table) (reference types)", function, at) }
            case 0x28...0x3E:
                let align = try r.u32()
                if align & 0x40 != 0 { throw forbidden("memory index in memarg (multi-memory)", function, at) }
                _ = try r.u32()
            case 0x3F, 0x40:
                if try r.byte() != 0 { throw forbidden("memory index \(b) (multi-memory)", function, at) }
            case 0x41: ins.immediate = Int64(try r.s32())
            case 0x42: ins.immediate = try r.s64()
            case 0x43: try r.skip(4)
            case 0x44: try r.skip(8)
            case 0x45...0xBF: break
            case 0xC0...0xC4:
                if !features.signExtension { throw forbidden("sign-extension operator 0x\(hex(b))", function, at) }
            case 0xFC:
                let sub = try r.u32()
                ins.opcode = 0x100 | UInt16(truncatingIfNeeded: sub)
                switch sub {
                case 0...7:
                    if !features.saturatingTruncation {
                        throw forbidden("saturating truncation 0xFC \(sub)", function, at)
                    }
                case 8:
                    ins.immediate = Int64(try r.u32())
                    if try r.byte() != 0 { throw forbidden("memory.init on memory other than 0", function, at) }
                case 9, 13: ins.immediate = Int64(try r.u32())
                case 10:
                    let dst = try r.byte()
                    let src = try r.byte()
                    if dst != 0 || src != 0 { throw forbidden("memory.copy on memory other than 0", function, at) }
                case 11:
                    if try r.byte() != 0 { throw forbidden("memory.fill on memory other than 0", function, at) }
                case 12:
                    ins.immediate = Int64(try r.u32())
                    if try r.u32() != 0 { throw forbidden("table.init on table other than 0", function, at) }
                case 14:
                    let dst = try r.u32()
                    let src = try r.u32()
                    if dst != 0 || src != 0 { throw forbidden("table.copy on table other than 0", function, at) }
                case 15, 16, 17: throw forbidden("table.grow/size/fill (reference types)", function, at)
                default: throw forbidden("0xFC \(sub) operator", function, at)
                }
            case 0x1C, 0x25, 0x26, 0xD0, 0xD1, 0xD2:
                throw forbidden("reference-types operator 0x\(hex(b))", function, at)
            case 0x06, 0x07, 0x08, 0x09, 0x0A, 0x18, 0x19, 0x1F:
                throw forbidden("exception-handling operator 0x\(hex(b))", function, at)
            case 0x12, 0x13, 0x14, 0x15:
                throw forbidden("tail-call or typed-function-reference operator 0x\(hex(b))", function, at)
            case 0xFD: throw forbidden("SIMD operator", function, at)
            case 0xFE: throw forbidden("threads/atomics operator", function, at)
            default: throw forbidden("unknown opcode 0x\(hex(b))", function, at)
            }
            ins.rawStart = Int32(at)
            ins.rawLength = Int32(r.offset - at)
            instructions.append(ins)
        }
        if r.offset != end { throw r.fail("function \(function) has bytes after its final end") }
        return DecodedBody(localGroups: groups, instructions: instructions, labels: labels, totalLocals: total)
    }

    func checkValueType(_ t: UInt8, function: Int?, offset: Int) throws(WasmPreparationError) {
        try WasmModuleParser.checkValueType(t, function: function, offset: offset)
    }

    private func forbidden(_ what: String, _ function: Int, _ at: Int) -> WasmPreparationError {
        .forbiddenFeature(what, function: function, offset: at)
    }
}

func hex(_ b: UInt8) -> String {
    let s = String(b, radix: 16, uppercase: true)
    return s.count == 1 ? "0" + s : s
}
