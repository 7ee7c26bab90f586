/// A Wasm number as the scripts and every engine adapter exchange it.
///
/// Floats are kept as raw bits so that NaN payloads and the sign of zero survive the trip
/// through an engine and can be compared bit for bit.
enum SpecValue: Equatable, Hashable, Sendable {
    case i32(UInt32)
    case i64(UInt64)
    case f32(UInt32)
    case f64(UInt64)

    var type: SpecValueType {
        switch self {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        }
    }
}

extension SpecValue: CustomStringConvertible {
    /// Hex bits beside the decoded float, because two NaNs differ only in their bits.
    var description: String {
        switch self {
        case .i32(let bits): "i32:\(bits)"
        case .i64(let bits): "i64:\(bits)"
        case .f32(let bits): "f32:\(Float(bitPattern: bits))(0x\(String(bits, radix: 16)))"
        case .f64(let bits): "f64:\(Double(bitPattern: bits))(0x\(String(bits, radix: 16)))"
        }
    }
}
