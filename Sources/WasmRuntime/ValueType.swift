public enum ValueType: UInt8, Sendable { case i32 = 0x7F, i64 = 0x7E, f32 = 0x7D, f64 = 0x7C }
