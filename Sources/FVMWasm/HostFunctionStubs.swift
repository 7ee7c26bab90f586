import WasmRuntime

extension HostFunctionTable {
    /// A table that satisfies every function import of `wasm` with a body that throws, for
    /// tools and tests that prepare actor modules without a kernel.
    public static func stubs(forImportsOf wasm: [UInt8]) throws(WasmPreparationError) -> HostFunctionTable {
        let m = try WasmModuleParser.parse(wasm)
        var table = HostFunctionTable()
        for imp in m.imports {
            guard case .function(let t) = imp.kind, Int(t) < m.types.count else { continue }
            let type = m.types[Int(t)]
            table.register(
                HostFunction(
                    module: imp.module, name: imp.name,
                    parameters: type.params.compactMap(ValueType.init(rawValue:)),
                    results: type.results.compactMap(ValueType.init(rawValue:))
                ) { _ in
                    throw HostStubCalled(module: imp.module, name: imp.name)
                })
        }
        return table
    }

    /// Adds every function of `other`.
    public mutating func merge(_ other: HostFunctionTable) {
        functions.merge(other.functions) { a, _ in a }
    }
}

/// Thrown by a stub host function.
public struct HostStubCalled: Error, Sendable {
    public var module: String
    public var name: String
}
