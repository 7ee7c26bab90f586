extension ModuleParser {
    /// Parses a constant expression of `type`; `elementExpression` admits only function references.
    mutating func constantExpression(type: ValueType?, elementExpression: Bool = false)
        throws(ModuleError)
        -> ConstantExpression
    {
        let at = reader.offset
        let op = try reader.byte()
        let e: ConstantExpression
        let produced: ValueType?
        switch op {
        case 0x41 where !elementExpression:
            e = .value(.i32(UInt32(bitPattern: try reader.s32())))
            produced = .i32
        case 0x42 where !elementExpression:
            e = .value(.i64(UInt64(bitPattern: try reader.s64())))
            produced = .i64
        case 0x43 where !elementExpression:
            e = .value(.f32(try reader.f32Bits()))
            produced = .f32
        case 0x44 where !elementExpression:
            e = .value(.f64(try reader.f64Bits()))
            produced = .f64
        case 0x23 where !elementExpression:
            let g = Int(try reader.u32())
            guard g < module.importedGlobalCount else { throw invalid("unknown global \(g)", at: at) }
            guard !module.globalTypes[g].mutable else {
                throw invalid("constant expression required", at: at)
            }
            e = .global(g)
            produced = module.globalTypes[g].type
        case 0xD2 where elementExpression:
            let f = Int(try reader.u32())
            guard f < module.functionCount else { throw invalid("unknown function \(f)", at: at) }
            e = .function(f)
            produced = nil
        case 0xD0 where elementExpression:
            if try reader.peek() == 0x70 { reader.offset += 1 }
            e = .function(nil)
            produced = nil
        case 0x0B:
            throw invalid("type mismatch", at: at)
        case 0x41, 0x42, 0x43, 0x44, 0x23:
            throw invalid("invalid elem", at: at)
        default:
            if elementExpression { throw reader.fail("invalid elem", at: at) }
            throw invalid("constant expression required", at: at)
        }
        let endAt = reader.offset
        let next = try reader.byte()
        guard next == 0x0B else {
            throw invalid(elementExpression ? "invalid elem" : "constant expression required", at: endAt)
        }
        if let type, produced != type { throw invalid("type mismatch", at: at) }
        return e
    }

    mutating func parseElement() throws(ModuleError) {
        let at = reader.offset
        let flags = try reader.u32()
        guard flags == 0 || (features.contains(.bulkMemory) && flags <= 7) else {
            throw features.contains(.bulkMemory)
                ? reader.fail("malformed elements segment kind", at: at) : invalid("unknown table", at: at)
        }
        var mode: ElementSegment.Mode
        if flags & 1 == 0 {
            if flags & 2 != 0 {
                let t = try reader.u32()
                guard t == 0 else { throw invalid("unknown table \(t)", at: at) }
            }
            guard module.table != nil else { throw invalid("unknown table 0", at: at) }
            mode = .active(offset: try constantExpression(type: .i32))
        } else {
            mode = flags & 2 != 0 ? .declarative : .passive
        }
        let usesExpressions = flags & 4 != 0
        if flags & 3 != 0 {
            let kindAt = reader.offset
            let kind = try reader.byte()
            guard kind == (usesExpressions ? 0x70 : 0x00) else {
                throw reader.fail("malformed element type", at: kindAt)
            }
        }
        let n = try reader.u32()
        var functions: [Int?] = []
        for _ in 0..<n {
            if usesExpressions {
                guard case .function(let f) = try constantExpression(type: nil, elementExpression: true)
                else {
                    throw invalid("invalid elem")
                }
                functions.append(f)
            } else {
                let fAt = reader.offset
                let f = Int(try reader.u32())
                guard f < module.functionCount else { throw invalid("unknown function \(f)", at: fAt) }
                functions.append(f)
            }
        }
        module.elements.append(ElementSegment(mode: mode, functions: functions))
    }
}
