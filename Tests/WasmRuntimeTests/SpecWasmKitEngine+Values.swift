import WasmKit

/// Conversions between the runner's values and WasmKit's.
extension SpecWasmKitEngine {
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

    static func specValue(_ value: Value) throws(SpecInvocationFailure) -> SpecValue {
        switch value {
        case .i32(let bits): .i32(bits)
        case .i64(let bits): .i64(bits)
        case .f32(let bits): .f32(bits)
        case .f64(let bits): .f64(bits)
        case .v128, .ref: throw .other("a result that is not a number: \(value)")
        }
    }
}
