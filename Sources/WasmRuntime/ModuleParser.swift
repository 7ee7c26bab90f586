/// Decodes the sections of a binary module into a `ModuleStructure`, checking everything but code.
struct ModuleParser {
    var reader: ByteReader
    let features: Features
    let maxPages: Int
    var module = ModuleStructure()
    private var functionCountDeclared = 0

    init(bytes: UnsafeBufferPointer<UInt8>, configuration: RuntimeConfiguration) {
        reader = ByteReader(bytes)
        features = configuration.features
        maxPages = 65536
    }

    func invalid(_ reason: String, at offset: Int? = nil) -> ModuleError {
        .invalid(reason: reason, function: nil, offset: offset ?? reader.offset)
    }

    mutating func parse() throws(ModuleError) -> ModuleStructure {
        guard reader.end >= 4, reader.bytes[0] == 0, reader.bytes[1] == 0x61, reader.bytes[2] == 0x73,
            reader.bytes[3] == 0x6D
        else { throw reader.fail("magic header not detected", at: 0) }
        guard reader.end >= 8 else { throw reader.fail("unknown binary version", at: 4) }
        guard reader.bytes[4] == 1, reader.bytes[5] == 0, reader.bytes[6] == 0, reader.bytes[7] == 0
        else {
            throw reader.fail("unknown binary version", at: 4)
        }
        reader.offset = 8
        var lastRank = 0
        var sawCode = false
        while !reader.isAtEnd {
            let idOffset = reader.offset
            let id = try reader.byte()
            let size = Int(try reader.u32())
            let start = reader.offset
            guard reader.end - start >= size else {
                throw reader.fail("section size mismatch: unexpected end")
            }
            let end = start + size
            if id != 0 {
                guard let rank = Self.sectionRank(id) else {
                    throw reader.fail("malformed section id", at: idOffset)
                }
                guard rank > lastRank else {
                    throw reader.fail("unexpected content after last section", at: idOffset)
                }
                lastRank = rank
            }
            var section = self
            section.reader.end = end
            try section.parseSection(id)
            guard section.reader.offset == end else {
                throw reader.fail("section size mismatch", at: section.reader.offset)
            }
            module = section.module
            functionCountDeclared = section.functionCountDeclared
            reader.offset = end
            if id == 10 { sawCode = true }
        }
        if !sawCode && functionCountDeclared > 0 {
            throw reader.fail("function and code section have inconsistent lengths")
        }
        if let n = module.dataCount, n != module.data.count {
            throw reader.fail("data count and data section have inconsistent lengths")
        }
        try checkExportsAndStart()
        return module
    }

    private static func sectionRank(_ id: UInt8) -> Int? {
        switch id {
        case 1...9: Int(id)
        case 12: 10
        case 10: 11
        case 11: 12
        default: nil
        }
    }

    private mutating func parseSection(_ id: UInt8) throws(ModuleError) {
        switch id {
        case 0:
            _ = try reader.name()
            reader.offset = reader.end
        case 1: try parseTypes()
        case 2: try parseImports()
        case 3: try parseFunctions()
        case 4: try vector { (p: inout ModuleParser) throws(ModuleError) in try p.parseTable() }
        case 5: try vector { (p: inout ModuleParser) throws(ModuleError) in try p.parseMemory() }
        case 6: try vector { (p: inout ModuleParser) throws(ModuleError) in try p.parseGlobal() }
        case 7: try vector { (p: inout ModuleParser) throws(ModuleError) in try p.parseExport() }
        case 8:
            let at = reader.offset
            let f = Int(try reader.u32())
            guard f < module.functionCount else { throw invalid("unknown function \(f)", at: at) }
            module.start = f
        case 9: try vector { (p: inout ModuleParser) throws(ModuleError) in try p.parseElement() }
        case 10: try parseCode()
        case 11: try parseData()
        case 12:
            guard features.contains(.bulkMemory) else { throw reader.fail("malformed section id") }
            module.dataCount = Int(try reader.u32())
        default: throw reader.fail("malformed section id")
        }
    }

    private mutating func vector(_ item: (inout ModuleParser) throws(ModuleError) -> Void)
        throws(ModuleError)
    {
        let n = try reader.u32()
        for _ in 0..<n { try item(&self) }
    }

    private mutating func parseTypes() throws(ModuleError) {
        try vector { (p: inout ModuleParser) throws(ModuleError) in
            guard try p.reader.byte() == 0x60 else {
                throw p.reader.fail("integer representation too long")
            }
            var params: [ValueType] = []
            for _ in 0..<(try p.reader.u32()) { params.append(try p.reader.valueType()) }
            var results: [ValueType] = []
            for _ in 0..<(try p.reader.u32()) { results.append(try p.reader.valueType()) }
            guard results.count <= 1 else { throw p.invalid("invalid result arity (multi-value)") }
            p.module.types.append(FunctionType(parameters: params, results: results))
        }
    }

    private mutating func typeIndex() throws(ModuleError) -> Int {
        let at = reader.offset
        let t = Int(try reader.u32())
        guard t < module.types.count else { throw invalid("unknown type \(t)", at: at) }
        return t
    }

    private mutating func parseImports() throws(ModuleError) {
        try vector { (p: inout ModuleParser) throws(ModuleError) in
            let moduleName = try p.reader.name()
            let name = try p.reader.name()
            let kind: ImportDescriptor.Kind
            switch try p.reader.byte() {
            case 0:
                let t = try p.typeIndex()
                p.module.functionTypeIndices.append(t)
                p.module.importedFunctionCount += 1
                kind = .function(p.module.types[t])
            case 1:
                let l = try p.tableType()
                kind = .table(min: l.min, max: l.max)
            case 2:
                let l = try p.memoryType()
                kind = .memory(min: l.min, max: l.max)
            case 3:
                let (t, mutable) = try p.globalType()
                guard !mutable || p.features.contains(.mutableGlobals) else {
                    throw p.invalid("mutable global import")
                }
                p.module.globalTypes.append((t, mutable))
                p.module.importedGlobalCount += 1
                kind = .global(t, mutable: mutable)
            default: throw p.reader.fail("malformed import kind")
            }
            p.module.imports.append(ImportDescriptor(module: moduleName, name: name, kind: kind))
        }
    }

    private mutating func parseFunctions() throws(ModuleError) {
        let n = Int(try reader.u32())
        functionCountDeclared = n
        for _ in 0..<n { module.functionTypeIndices.append(try typeIndex()) }
    }

    private mutating func limits(maxAllowed: UInt64, what: String) throws(ModuleError)
        -> ModuleStructure.Limits
    {
        let at = reader.offset
        let flag = try reader.byte()
        guard flag <= 1 else { throw reader.fail("integer too large", at: at) }
        let min = try reader.u32()
        let max: UInt32? = flag == 1 ? try reader.u32() : nil
        guard UInt64(min) <= maxAllowed else {
            throw invalid("\(what) size must be at most \(maxAllowed)", at: at)
        }
        if let max {
            guard UInt64(max) <= maxAllowed else {
                throw invalid("\(what) size must be at most \(maxAllowed)", at: at)
            }
            guard min <= max else {
                throw invalid("size minimum must not be greater than maximum", at: at)
            }
        }
        return .init(min: Int(min), max: max.map { Int($0) })
    }

    private mutating func tableType() throws(ModuleError) -> ModuleStructure.Limits {
        let at = reader.offset
        guard try reader.byte() == 0x70 else { throw reader.fail("malformed reference type", at: at) }
        guard module.table == nil else { throw invalid("multiple tables", at: at) }
        let l = try limits(maxAllowed: UInt64(UInt32.max), what: "table")
        module.table = l
        return l
    }

    private mutating func memoryType() throws(ModuleError) -> ModuleStructure.Limits {
        let at = reader.offset
        guard module.memory == nil else { throw invalid("multiple memories", at: at) }
        let l = try limits(maxAllowed: UInt64(maxPages), what: "memory")
        module.memory = l
        return l
    }

    private mutating func globalType() throws(ModuleError) -> (ValueType, Bool) {
        let t = try reader.valueType()
        let at = reader.offset
        let m = try reader.byte()
        guard m <= 1 else { throw reader.fail("malformed mutability", at: at) }
        return (t, m == 1)
    }

    private mutating func parseTable() throws(ModuleError) { _ = try tableType() }
    private mutating func parseMemory() throws(ModuleError) { _ = try memoryType() }

    private mutating func parseGlobal() throws(ModuleError) {
        let (t, mutable) = try globalType()
        let e = try constantExpression(type: t)
        module.globalTypes.append((t, mutable))
        module.globals.append(GlobalDeclaration(type: t, mutable: mutable, initializer: e))
    }

    private mutating func parseExport() throws(ModuleError) {
        let name = try reader.name()
        let at = reader.offset
        let k = try reader.byte()
        guard let kind = ExportDescriptor.Kind(rawValue: k) else {
            throw reader.fail("malformed export kind", at: at)
        }
        let index = Int(try reader.u32())
        let count: Int
        switch kind {
        case .function: count = module.functionCount
        case .table: count = module.table == nil ? 0 : 1
        case .memory: count = module.memory == nil ? 0 : 1
        case .global: count = module.globalTypes.count
        }
        guard index < count else { throw invalid("unknown \(kind) \(index)", at: at) }
        module.exports.append(ExportDescriptor(name: name, kind: kind, index: index))
    }

    private func checkExportsAndStart() throws(ModuleError) {
        // Names compare by their bytes: Swift's String equality would merge canonically equivalent ones.
        var names = Set<[UInt8]>()
        for e in module.exports where !names.insert(Array(e.name.utf8)).inserted {
            throw invalid("duplicate export name", at: 0)
        }
        if let s = module.start {
            let t = module.functionType(s)
            guard t.parameters.isEmpty, t.results.isEmpty else { throw invalid("start function", at: 0) }
        }
    }

    private mutating func parseCode() throws(ModuleError) {
        let n = Int(try reader.u32())
        guard n == functionCountDeclared else {
            throw reader.fail("function and code section have inconsistent lengths")
        }
        for _ in 0..<n {
            let size = Int(try reader.u32())
            let start = reader.offset
            guard reader.end - start >= size else { throw reader.fail("unexpected end") }
            let end = start + size
            // A reader of its own: copying the whole parser would share (and so copy on the next
            // append) the bodies parsed so far, once per body.
            var body = reader
            body.end = end
            var locals: [ValueType] = []
            var total: UInt64 = 0
            for _ in 0..<(try body.u32()) {
                let count = try body.u32()
                total += UInt64(count)
                guard total <= 50_000 else { throw body.fail("too many locals") }
                let t = try body.valueType()
                locals.append(contentsOf: repeatElement(t, count: Int(count)))
            }
            module.bodies.append(FunctionBody(locals: locals, code: body.offset..<end))
            reader.offset = end
        }
    }

    private mutating func parseData() throws(ModuleError) {
        try vector { (p: inout ModuleParser) throws(ModuleError) in
            let at = p.reader.offset
            let flag = try p.reader.u32()
            var offset: ConstantExpression? = nil
            switch flag {
            case 0:
                offset = try p.constantExpression(type: .i32)
            case 1 where p.features.contains(.bulkMemory):
                break
            case 2 where p.features.contains(.bulkMemory):
                let m = try p.reader.u32()
                guard m == 0 else { throw p.invalid("unknown memory \(m)", at: at) }
                offset = try p.constantExpression(type: .i32)
            default:
                throw p.reader.fail(
                    flag < 3 && !p.features.contains(.bulkMemory)
                        ? "unknown memory 1" : "malformed data segment kind", at: at)
            }
            if offset != nil && p.module.memory == nil { throw p.invalid("unknown memory 0", at: at) }
            let n = Int(try p.reader.u32())
            guard p.reader.end - p.reader.offset >= n else {
                throw p.reader.fail("unexpected end of section or function")
            }
            let bytes = Array(p.reader.bytes[p.reader.offset..<p.reader.offset + n])
            p.reader.offset += n
            p.module.data.append(DataSegment(offset: offset, bytes: bytes))
        }
    }
}
