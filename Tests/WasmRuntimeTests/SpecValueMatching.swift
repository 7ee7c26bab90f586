import WAT

/// How `assert_return` compares results: bit for bit, except where a script asks for any NaN
/// of a class, since Wasm leaves the payload of a computed NaN partly open.
enum SpecValueMatching {
    /// Why `actual` does not satisfy `expected`, or nil when it does.
    static func mismatch(actual: [SpecValue], expected: [WASTExpectValue]) -> String? {
        guard actual.count == expected.count else {
            return "expected \(expected.count) results, got \(actual.count): \(actual)"
        }
        for (index, (value, pattern)) in zip(actual, expected).enumerated() where !matches(value, pattern) {
            return "result \(index): expected \(describe(pattern)), got \(value)"
        }
        return nil
    }

    static func matches(_ actual: SpecValue, _ expected: WASTExpectValue) -> Bool {
        switch (actual, expected) {
        case (.i32(let bits), .i32(let wanted)), (.f32(let bits), .f32(let wanted)):
            return bits == wanted
        case (.i64(let bits), .i64(let wanted)), (.f64(let bits), .f64(let wanted)):
            return bits == wanted
        case (.f32(let bits), .f32CanonicalNaN):
            return bits & 0x7FFF_FFFF == 0x7FC0_0000
        case (.f32(let bits), .f32ArithmeticNaN):
            return bits & 0x7FC0_0000 == 0x7FC0_0000
        case (.f64(let bits), .f64CanonicalNaN):
            return bits & 0x7FFF_FFFF_FFFF_FFFF == 0x7FF8_0000_0000_0000
        case (.f64(let bits), .f64ArithmeticNaN):
            return bits & 0x7FF8_0000_0000_0000 == 0x7FF8_0000_0000_0000
        default:
            // Vectors and references never cross the boundary of an FVM engine.
            return false
        }
    }

    static func describe(_ pattern: WASTExpectValue) -> String {
        switch pattern {
        case .i32(let bits): SpecValue.i32(bits).description
        case .i64(let bits): SpecValue.i64(bits).description
        case .f32(let bits): SpecValue.f32(bits).description
        case .f64(let bits): SpecValue.f64(bits).description
        case .f32CanonicalNaN: "f32:nan:canonical"
        case .f32ArithmeticNaN: "f32:nan:arithmetic"
        case .f64CanonicalNaN: "f64:nan:canonical"
        case .f64ArithmeticNaN: "f64:nan:arithmetic"
        default: "\(pattern)"
        }
    }
}
