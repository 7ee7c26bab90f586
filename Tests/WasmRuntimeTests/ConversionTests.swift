import Testing
import WasmRuntime

@Suite struct ConversionTests {
    let instance: Instance

    init() throws {
        instance = try instantiate(
            """
            (module
              (func (export "i32.trunc_f32_s") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
              (func (export "i32.trunc_f64_s") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
              (func (export "i32.trunc_f64_u") (param f64) (result i32) (i32.trunc_f64_u (local.get 0)))
              (func (export "i64.trunc_f64_u") (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))
              (func (export "i64.trunc_f32_s") (param f32) (result i64) (i64.trunc_f32_s (local.get 0)))
              (func (export "i32.trunc_sat_f64_s") (param f64) (result i32) (i32.trunc_sat_f64_s (local.get 0)))
              (func (export "i64.trunc_sat_f32_u") (param f32) (result i64) (i64.trunc_sat_f32_u (local.get 0)))
              (func (export "f32.convert_i64_u") (param i64) (result f32) (f32.convert_i64_u (local.get 0)))
              (func (export "f64.convert_i64_u") (param i64) (result f64) (f64.convert_i64_u (local.get 0)))
              (func (export "f32.convert_i64_s") (param i64) (result f32) (f32.convert_i64_s (local.get 0)))
            )
            """)
    }

    func f64(_ d: Double) -> Value { .f64(d.bitPattern) }

    @Test func trappingBoundaries() throws {
        #expect(try instance.i32("i32.trunc_f64_s", f64(-2147483648.9)) == 0x8000_0000)
        #expect(
            trap { try instance.invoke("i32.trunc_f64_s", [f64(-2147483649.0)]) } == .integerOverflow)
        #expect(try instance.i32("i32.trunc_f64_s", f64(2147483647.9)) == 0x7FFF_FFFF)
        #expect(
            trap { try instance.invoke("i32.trunc_f64_s", [f64(2147483648.0)]) } == .integerOverflow)
        #expect(
            trap { try instance.invoke("i32.trunc_f32_s", [.f32(0x7FC0_0000)]) }
                == .invalidConversionToInteger)
        #expect(
            try instance.i32("i32.trunc_f32_s", .f32(Float(-2147483648.0).bitPattern)) == 0x8000_0000)
        #expect(try instance.i32("i32.trunc_f64_u", f64(-0.9)) == 0)
        #expect(trap { try instance.invoke("i32.trunc_f64_u", [f64(-1.0)]) } == .integerOverflow)
        #expect(try instance.i32("i32.trunc_f64_u", f64(4294967295.9)) == 0xFFFF_FFFF)
        #expect(
            try instance.i64("i64.trunc_f64_u", f64(18446744073709549568.0)) == 18_446_744_073_709_549_568
        )
        #expect(
            trap { try instance.invoke("i64.trunc_f64_u", [f64(18446744073709551616.0)]) }
                == .integerOverflow)
        #expect(
            trap {
                try instance.invoke("i64.trunc_f32_s", [.f32(Float(9223372036854775808.0).bitPattern)])
            } == .integerOverflow)
    }

    @Test func saturating() throws {
        #expect(try instance.i32("i32.trunc_sat_f64_s", f64(1e10)) == 0x7FFF_FFFF)
        #expect(try instance.i32("i32.trunc_sat_f64_s", f64(-1e10)) == 0x8000_0000)
        #expect(try instance.i32("i32.trunc_sat_f64_s", .f64(0x7FF8_0000_0000_0000)) == 0)
        #expect(try instance.i64("i64.trunc_sat_f32_u", .f32(Float(-5).bitPattern)) == 0)
        #expect(try instance.i64("i64.trunc_sat_f32_u", .f32(Float.infinity.bitPattern)) == UInt64.max)
    }

    @Test func integerToFloatRounding() throws {
        // 2^63 + 2^39 + 1 rounds up in one step; rounding via f64 first would round to even (down).
        let v: UInt64 = 0x8000_0080_0000_0001
        #expect(try instance.invoke("f32.convert_i64_u", [.i64(v)]) == [.f32(Float(v).bitPattern)])
        #expect(Float(v).bitPattern == 0x5F00_0001)
        #expect(
            try instance.invoke("f64.convert_i64_u", [.i64(UInt64.max)]) == [.f64(0x43F0_0000_0000_0000)])
        #expect(
            try instance.invoke("f32.convert_i64_s", [.i64(UInt64(bitPattern: -1))]) == [
                .f32(Float(-1).bitPattern)
            ])
    }
}
