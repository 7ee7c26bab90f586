/// A decoded, validated and translated module. Its code is immutable and shared by every
/// instance and thread: instance state is reached only through indices.
public final class CompiledModule: @unchecked Sendable {
    let structure: ModuleStructure
    let configuration: RuntimeConfiguration
    /// All function bodies, back to back.
    let code: UnsafeMutablePointer<UInt32>
    let codeCount: Int
    /// One entry per defined function.
    let functions: [CompiledFunction]
    /// Canonical type number of every type index.
    let typeIDs: [Int32]
    /// Machine code for the defined functions, when the configuration asks for it.
    private(set) var native: NativeCode?

    public var imports: [ImportDescriptor] { structure.imports }
    public var exports: [ExportDescriptor] { structure.exports }
    /// Value-stack slots of the largest activation of any defined function, so an embedder that
    /// bounds the call depth itself can size the value stack to never run out first.
    public var largestFrameSlots: Int { functions.map(\.frameSize).max() ?? 0 }

    public init(bytes: [UInt8], configuration: RuntimeConfiguration = .init()) throws(ModuleError) {
        precondition(MemoryLayout<Op>.size <= 4, "opcodes must fit a code word")
        self.configuration = configuration
        let result: Result<(ModuleStructure, [UInt32], [CompiledFunction], [Int32]), ModuleError> =
            bytes.withUnsafeBufferPointer { buffer in
                Result { () throws(ModuleError) in try Self.translate(buffer, configuration) }
            }
        let (structure, code, functions, typeIDs) = try result.get()
        self.structure = structure
        self.functions = functions
        self.typeIDs = typeIDs
        codeCount = code.count
        self.code = .allocate(capacity: max(code.count, 1))
        self.code.initialize(from: code, count: code.count)
        if configuration.engine == .native { native = NativeCompiler.compile(self) }
    }

    deinit { code.deallocate() }

    private static func translate(
        _ bytes: UnsafeBufferPointer<UInt8>, _ configuration: RuntimeConfiguration
    )
        throws(ModuleError) -> (ModuleStructure, [UInt32], [CompiledFunction], [Int32])
    {
        var parser = ModuleParser(bytes: bytes, configuration: configuration)
        let structure = try parser.parse()
        let typeIDs = structure.types.map(TypeRegistry.id(of:))
        var code: [UInt32] = []
        var functions: [CompiledFunction] = []
        functions.reserveCapacity(structure.bodies.count)
        for (i, body) in structure.bodies.enumerated() {
            let index = structure.importedFunctionCount + i
            var compiler = FunctionCompiler(
                module: structure, typeIDs: typeIDs, configuration: configuration, function: index,
                body: body,
                bytes: bytes)
            let translated: [UInt32]
            let frameSize: Int
            do {
                (translated, frameSize) = try compiler.compile()
            } catch {
                if case .invalid = error,
                    let m = BodySkimmer.malformation(in: structure.bodies[i...], bytes: bytes)
                {
                    throw m
                }
                throw error
            }
            let type = structure.functionType(index)
            functions.append(
                CompiledFunction(
                    codeOffset: code.count, parameterCount: type.parameters.count,
                    localCount: body.locals.count,
                    frameSize: frameSize))
            code.append(contentsOf: translated)
        }
        return (structure, code, functions, typeIDs)
    }
}
