extension FunctionCompiler {
    private static let loads: [(Op, ValueType, UInt32)] = [
        (.i32Load, .i32, 2), (.i64Load, .i64, 3), (.f32Load, .f32, 2), (.f64Load, .f64, 3),
        (.i32Load8S, .i32, 0), (.i32Load8U, .i32, 0), (.i32Load16S, .i32, 1), (.i32Load16U, .i32, 1),
        (.i64Load8S, .i64, 0), (.i64Load8U, .i64, 0), (.i64Load16S, .i64, 1), (.i64Load16U, .i64, 1),
        (.i64Load32S, .i64, 2), (.i64Load32U, .i64, 2),
    ]
    private static let stores: [(Op, ValueType, UInt32)] = [
        (.i32Store, .i32, 2), (.i64Store, .i64, 3), (.i32Store, .f32, 2), (.i64Store, .f64, 3),
        (.i32Store8, .i32, 0), (.i32Store16, .i32, 1), (.i64Store8, .i64, 0), (.i64Store16, .i64, 1),
        (.i64Store32, .i64, 2),
    ]

    mutating func memoryArgument(naturalAlignment: UInt32) throws(ModuleError) -> UInt32 {
        let align = try reader.u32()
        let offset = try reader.u32()
        guard module.memory != nil else { throw invalid("unknown memory 0") }
        guard align <= naturalAlignment else {
            throw invalid("alignment must not be larger than natural")
        }
        return offset
    }

    mutating func compileMemoryAccess(_ opcode: UInt8) throws(ModuleError) {
        if opcode <= 0x35 {
            let (op, t, align) = Self.loads[Int(opcode - 0x28)]
            let offset = try memoryArgument(naturalAlignment: align)
            let address = try pop(.i32)
            let p = stack.count
            let a = use(address, p)
            define(op, home(p), a, offset)
            push(t)
        } else {
            let (op, t, align) = Self.stores[Int(opcode - 0x36)]
            let offset = try memoryArgument(naturalAlignment: align)
            let value = try pop(t)
            let address = try pop(.i32)
            let p = stack.count
            let a = use(address, p)
            let v = use(value, p + 1)
            emit(op, a, v, offset)
        }
    }

    mutating func compileMemorySizeOrGrow(grow: Bool) throws(ModuleError) {
        let at = reader.offset
        guard try reader.byte() == 0 else { throw reader.fail("zero byte expected", at: at) }
        guard module.memory != nil else { throw invalid("unknown memory 0") }
        if grow {
            let delta = try pop(.i32)
            let p = stack.count
            define(.memoryGrow, home(p), use(delta, p))
        } else {
            define(.memorySize, home(stack.count))
        }
        push(.i32)
    }

    /// The three i32 operands of the bulk instructions, in slots.
    mutating func popThree() throws(ModuleError) -> (UInt32, UInt32, UInt32) {
        let c = try pop(.i32)
        let b = try pop(.i32)
        let a = try pop(.i32)
        let p = stack.count
        return (use(a, p), use(b, p + 1), use(c, p + 2))
    }

    mutating func zeroByte() throws(ModuleError) {
        let at = reader.offset
        guard try reader.byte() == 0 else { throw reader.fail("zero byte expected", at: at) }
    }

    mutating func compileBulk(_ sub: UInt32) throws(ModuleError) {
        switch sub {
        case 8, 9:
            let segment = try reader.u32()
            if sub == 8 { try zeroByte() }
            guard let count = module.dataCount else { throw reader.fail("data count section required") }
            guard sub == 9 || module.memory != nil else { throw invalid("unknown memory 0") }
            guard segment < count else { throw invalid("unknown data segment \(segment)") }
            if sub == 9 {
                emit(.dataDrop, segment)
            } else {
                let (a, b, c) = try popThree()
                emit(.memoryInit, segment, a, b, c)
            }
        case 10, 11:
            try zeroByte()
            if sub == 10 { try zeroByte() }
            guard module.memory != nil else { throw invalid("unknown memory 0") }
            let (a, b, c) = try popThree()
            emit(sub == 10 ? .memoryCopy : .memoryFill, a, b, c)
        case 12, 13:
            let segment = try reader.u32()
            if sub == 12 {
                try zeroByte()
                guard module.table != nil else { throw invalid("unknown table 0") }
            }
            guard segment < module.elements.count else {
                throw invalid("unknown elem segment \(segment)")
            }
            if sub == 13 {
                emit(.elemDrop, segment)
            } else {
                let (a, b, c) = try popThree()
                emit(.tableInit, segment, a, b, c)
            }
        default:
            try zeroByte()
            try zeroByte()
            guard module.table != nil else { throw invalid("unknown table 0") }
            let (a, b, c) = try popThree()
            emit(.tableCopy, a, b, c)
        }
    }
}
