/// The result of instrumenting one module, with what the engine needs to pool its instances.
public struct InstrumentedModule: Sendable {
    /// The instrumented binary.
    public var bytes: [UInt8]
    /// Export names under which every mutable defined global (the stack-height global included)
    /// is exported, so a pooled instance can be reset.
    public var mutableGlobalExports: [String]
    /// Export name of the stack-height global, to tell a stack-limit trap from other traps.
    public var stackHeightExport: String
    /// Stack cost of each defined function, in definition order.
    public var stackCosts: [UInt32]
    /// Minimum pages of the module's memory (imported or defined), if it has one.
    public var memoryMinPages: UInt64?
    /// Maximum pages declared by the module's memory, if any.
    public var memoryMaxPages: UInt64?
    /// Minimum elements of the table exported as `"table"`, which v3 charges at instantiation.
    public var exportedTableMinElements: UInt64?
    /// `(module, name, parameters, results)` of every function import, as value-type bytes.
    public var functionImports: [(module: String, name: String, parameters: [UInt8], results: [UInt8])]
    /// Metered blocks of each function (defined functions, then thunks), for tests and traces.
    public var meteredBlocks: [[MeteredBlock]]
}
