import WasmRuntime

/// Conversions between the runner's values and failures and our engine's.
extension SpecWasmRuntimeEngine {
    static func valueType(_ type: SpecValueType) -> ValueType {
        switch type {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        }
    }

    static func value(_ value: SpecValue) -> Value {
        switch value {
        case .i32(let bits): .i32(bits)
        case .i64(let bits): .i64(bits)
        case .f32(let bits): .f32(bits)
        case .f64(let bits): .f64(bits)
        }
    }

    static func specValue(_ value: Value) -> SpecValue {
        switch value {
        case .i32(let bits): .i32(bits)
        case .i64(let bits): .i64(bits)
        case .f32(let bits): .f32(bits)
        case .f64(let bits): .f64(bits)
        }
    }

    static func specTrap(_ trap: Trap) -> SpecTrap {
        switch trap {
        case .unreachable: .unreachable
        case .memoryOutOfBounds: .memoryOutOfBounds
        case .tableOutOfBounds: .tableOutOfBounds
        case .indirectCallToNull: .indirectCallToNull
        case .indirectCallTypeMismatch: .indirectCallTypeMismatch
        case .integerDivideByZero: .integerDivideByZero
        case .integerOverflow: .integerOverflow
        case .invalidConversionToInteger: .invalidConversionToInteger
        case .callStackExhausted: .callStackExhausted
        }
    }

    static func rejection(_ error: ModuleError) -> SpecModuleRejection {
        switch error {
        case .malformed(let reason, let offset):
            SpecModuleRejection(kind: .malformed, detail: "\(reason) at offset \(offset)")
        case .invalid(let reason, let function, let offset):
            SpecModuleRejection(
                kind: .invalid, detail: "\(reason) in function \(function.map(String.init) ?? "-") at offset \(offset)")
        }
    }

    static func failure(_ error: InstantiationError) -> SpecInstantiationFailure {
        switch error {
        case .unknownImport(let module, let name): .unknownImport("\(module).\(name)")
        case .incompatibleImport(let module, let name, let reason): .incompatibleImport("\(module).\(name): \(reason)")
        case .trap(let trap): .trap(specTrap(trap))
        case .host(let error): .other("host error: \(error)")
        }
    }

    static func failure(_ error: ExecutionError) -> SpecInvocationFailure {
        switch error {
        case .trap(let trap): .trap(specTrap(trap))
        case .host(let error): .other("host error: \(error)")
        }
    }
}
