/// An instantiated module: its memory, table and globals, plus the shared compiled code.
public final class Instance {
    public let module: CompiledModule
    let functions: UnsafeMutablePointer<FunctionReference>
    let functionCount: Int
    let globalCells: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    let globals: [Global]
    public let memory: Memory?
    public let table: Table?
    let memoryState: UnsafeMutablePointer<Memory.State>
    var droppedData: [Bool]
    var droppedElements: [Bool]
    /// What keeps each imported function alive (its instance or host function).
    var importOwners: [AnyObject]
    let configuration: RuntimeConfiguration
    var idleStack: ExecutionStack?
    /// For the embedder to find its context from a host function.
    public var userData: AnyObject?

    /// Instantiates `module`, resolving imports by (module, name), and runs its start function.
    public init(
        module: CompiledModule, imports: (String, String) -> ExternalValue?,
        configuration: RuntimeConfiguration = .init()
    ) throws(InstantiationError) {
        let s = module.structure
        self.module = module
        self.configuration = configuration
        let linked = try ImportResolver.resolve(s, imports: imports)
        functionCount = s.functionCount
        functions = .allocate(capacity: max(functionCount, 1))
        functions.initialize(repeating: .null, count: max(functionCount, 1))
        for (i, f) in linked.functions.enumerated() { functions[i] = f }
        importOwners = linked.owners
        var globals = linked.globals
        for g in s.globals {
            let v: Value
            switch g.initializer {
            case .value(let value): v = value
            case .global(let index): v = globals[index].value
            case .function: preconditionFailure("function reference in a global initializer")
            }
            globals.append(Global(type: g.type, mutable: g.mutable, value: v))
        }
        self.globals = globals
        globalCells = .allocate(capacity: max(globals.count, 1))
        for (i, g) in globals.enumerated() { (globalCells + i).initialize(to: g.cell) }
        if let m = linked.memory {
            memory = m
        } else if let l = s.memory {
            guard l.min <= configuration.maxMemoryPages else {
                throw .incompatibleImport(
                    module: "", name: "", reason: "memory minimum exceeds the configured maximum")
            }
            memory = Memory(minPages: l.min, maxPages: l.max, limit: configuration.maxMemoryPages)
        } else {
            memory = nil
        }
        memoryState = memory?.state ?? Instance.noMemory
        table = linked.table ?? s.table.map { Table(min: $0.min, max: $0.max) }
        droppedData = Array(repeating: false, count: s.data.count)
        droppedElements = Array(repeating: false, count: s.elements.count)
        for (i, f) in module.functions.enumerated() {
            functions[s.importedFunctionCount + i] = FunctionReference(
                code: UnsafePointer(module.code + f.codeOffset), native: module.native?.entry(ofDefined: i),
                instance: Unmanaged.passUnretained(self),
                host: nil,
                typeID: module.typeIDs[s.functionTypeIndices[s.importedFunctionCount + i]],
                parameterCount: Int32(f.parameterCount), localCount: Int32(f.localCount),
                frameSize: Int32(f.frameSize))
        }
        try initializeSegments()
        if let start = s.start {
            do { _ = try invoke(function: start, []) } catch {
                switch error {
                case .trap(let t): throw .trap(t)
                case .host(let e): throw .host(e)
                }
            }
        }
    }

    deinit {
        functions.deallocate()
        globalCells.deallocate()
    }

    /// Memory state of instances without a memory: zero bytes, so every access traps.
    nonisolated(unsafe) static let noMemory: UnsafeMutablePointer<Memory.State> = {
        let p = UnsafeMutablePointer<Memory.State>.allocate(capacity: 1)
        p.initialize(
            to: Memory.State(
                base: UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8), byteCount: 0))
        return p
    }()

    func owner(ofFunction index: Int) -> AnyObject {
        index < importOwners.count ? importOwners[index] : self
    }

    func evaluate(_ e: ConstantExpression) -> UInt64 {
        switch e {
        case .value(let v): v.bits
        case .global(let g): globalCells[g].pointee
        case .function: 0
        }
    }

    public func export(_ name: String) -> ExternalValue? {
        guard let e = module.structure.exports.first(where: { $0.name.utf8.elementsEqual(name.utf8) })
        else { return nil }
        switch e.kind {
        case .function: return .function(Function(instance: self, index: e.index))
        case .table: return table.map { .table($0) }
        case .memory: return memory.map { .memory($0) }
        case .global: return .global(globals[e.index])
        }
    }

    /// Invokes the exported function `name`.
    public func invoke(_ name: String, _ args: [Value] = []) throws(ExecutionError) -> [Value] {
        guard case .function(let f) = export(name) else {
            preconditionFailure("no exported function \(name)")
        }
        return try f.invoke(args)
    }

    func invoke(function index: Int, _ args: [Value]) throws(ExecutionError) -> [Value] {
        let ref = functions[index]
        let type = module.structure.functionType(index)
        let stack = idleStack ?? ExecutionStack(configuration: configuration)
        idleStack = nil
        defer { idleStack = stack }
        for (i, a) in args.enumerated() { stack.slots[i] = a.bits }
        if let host = ref.host {
            try Interpreter.callHost(host.takeUnretainedValue(), slots: stack.slots, caller: self)
        } else {
            try NativeExecution.run(ref, fp: stack.slots, stack: stack)
        }
        return type.results.map { Value(bits: stack.slots[0], type: $0) }
    }
}
