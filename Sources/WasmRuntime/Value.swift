/// A WebAssembly value; floats are kept as raw IEEE bits so NaN payloads survive unchanged.
public enum Value: Equatable, Sendable, Hashable {
    case i32(UInt32)
    case i64(UInt64)
    case f32(UInt32)
    case f64(UInt64)

    public var type: ValueType {
        switch self {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        }
    }

    /// The value as it sits in a 64-bit slot (32-bit values zero-extended).
    var bits: UInt64 {
        switch self {
        case .i32(let v), .f32(let v): UInt64(v)
        case .i64(let v), .f64(let v): v
        }
    }

    init(bits: UInt64, type: ValueType) {
        switch type {
        case .i32: self = .i32(UInt32(truncatingIfNeeded: bits))
        case .i64: self = .i64(bits)
        case .f32: self = .f32(UInt32(truncatingIfNeeded: bits))
        case .f64: self = .f64(bits)
        }
    }
}
