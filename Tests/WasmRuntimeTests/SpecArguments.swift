import WAT

/// Converts the constants of an `invoke` into engine-neutral values.
enum SpecArguments {
    /// Nil when an argument is not a number: vectors and references are outside the FVM.
    static func values(_ constants: [WASTConstValue]) -> [SpecValue]? {
        var values: [SpecValue] = []
        for constant in constants {
            switch constant {
            case .i32(let bits): values.append(.i32(bits))
            case .i64(let bits): values.append(.i64(bits))
            case .f32(let bits): values.append(.f32(bits))
            case .f64(let bits): values.append(.f64(bits))
            default: return nil
            }
        }
        return values
    }
}
