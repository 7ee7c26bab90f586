import WasmKit

/// The `spectest` module made of WasmKit host entities.
extension SpecWasmKitEngine {
    func makeHostInstance() throws(SpecInstantiationFailure) -> Instance {
        var exports: Instance = [:]
        do {
            for (name, entity) in SpecHostModule.exports {
                exports[name] = try makeEntity(entity)
            }
        } catch {
            throw .other("spectest: \(error)")
        }
        return exports
    }

    private func makeEntity(_ entity: SpecHostModule.Entity) throws -> ExternalValue {
        switch entity {
        case .function(let parameters):
            let function = Function(store: store, parameters: parameters.map(Self.valueType)) { _, _ in [] }
            return .function(function)
        case .global(let value):
            let type = GlobalType(mutability: .constant, valueType: Self.valueType(value.type))
            return .global(try Global(store: store, type: type, value: Self.value(value)))
        case .table(let min, let max):
            let limits = Limits(min: UInt64(min), max: UInt64(max))
            return .table(try Table(store: store, type: TableType(elementType: .funcRef, limits: limits)))
        case .memory(let minPages, let maxPages):
            return .memory(try Memory(store: store, type: MemoryType(min: UInt64(minPages), max: UInt64(maxPages))))
        }
    }
}
