import Testing
import WasmRuntime

@Suite struct ArithmeticTests {
    let instance: Instance

    init() throws {
        instance = try instantiate(
            """
            (module
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "addk") (param i32) (result i32) (i32.add (local.get 0) (i32.const 7)))
              (func (export "subk") (param i32) (result i32) (i32.sub (local.get 0) (i32.const 7)))
              (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
              (func (export "div_u64") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
              (func (export "div_s64") (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1)))
              (func (export "rotl") (param i32 i32) (result i32) (i32.rotl (local.get 0) (local.get 1)))
              (func (export "shr_s64") (param i64 i64) (result i64) (i64.shr_s (local.get 0) (local.get 1)))
              (func (export "clz64") (param i64) (result i64) (i64.clz (local.get 0)))
              (func (export "ext8") (param i32) (result i32) (i32.extend8_s (local.get 0)))
              (func (export "ext32") (param i64) (result i64) (i64.extend32_s (local.get 0)))
              (func (export "fac") (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0))
                  (then (i64.const 1))
                  (else (i64.mul (local.get 0) (call 12 (i64.sub (local.get 0) (i64.const 1)))))))
              (func (export "sum") (param i32) (result i32) (local i32)
                (block (loop
                  (br_if 1 (i32.eqz (local.get 0)))
                  (local.set 1 (i32.add (local.get 1) (local.get 0)))
                  (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                  (br 0)))
                (local.get 1))
              (func (export "swap") (param i32 i32) (result i32)
                (local.get 0) (local.get 1) (local.set 0) (local.set 1)
                (i32.sub (local.get 0) (local.get 1)))
              (func (export "select") (param i32) (result i32) (select (i32.const 10) (i32.const 20) (local.get 0)))
              (func (export "br_table") (param i32) (result i32)
                (block (block (block (br_table 0 1 2 (local.get 0))) (return (i32.const 100)))
                  (return (i32.const 101)))
                (i32.const 102))
            )
            """)
    }

    @Test func integerBasics() throws {
        #expect(try instance.i32("add", .i32(0xFFFF_FFFF), .i32(2)) == 1)
        #expect(try instance.i32("addk", .i32(1)) == 8)
        #expect(try instance.i32("subk", .i32(1)) == UInt32(bitPattern: -6))
        #expect(try instance.i32("rotl", .i32(0x8000_0001), .i32(33)) == 3)
        #expect(
            try instance.i64("shr_s64", .i64(0x8000_0000_0000_0000), .i64(65)) == 0xC000_0000_0000_0000)
        #expect(try instance.i64("clz64", .i64(1)) == 63)
        #expect(try instance.i32("ext8", .i32(0x80)) == 0xFFFF_FF80)
        #expect(try instance.i64("ext32", .i64(0x8000_0000)) == 0xFFFF_FFFF_8000_0000)
    }

    @Test func divisionTraps() throws {
        #expect(trap { try instance.invoke("div_s", [.i32(1), .i32(0)]) } == .integerDivideByZero)
        #expect(
            trap { try instance.invoke("div_s", [.i32(0x8000_0000), .i32(0xFFFF_FFFF)]) }
                == .integerOverflow)
        #expect(try instance.i32("rem_s", .i32(0x8000_0000), .i32(0xFFFF_FFFF)) == 0)
        #expect(trap { try instance.invoke("div_u64", [.i64(1), .i64(0)]) } == .integerDivideByZero)
        #expect(trap { try instance.invoke("div_s64", [.i64(1 << 63), .i64(~0)]) } == .integerOverflow)
        #expect(
            try instance.i64("div_s64", .i64(UInt64(bitPattern: -7)), .i64(2)) == UInt64(bitPattern: -3))
    }

    @Test func controlFlow() throws {
        #expect(try instance.i64("fac", .i64(20)) == 2_432_902_008_176_640_000)
        #expect(try instance.i32("sum", .i32(100)) == 5050)
        #expect(try instance.i32("swap", .i32(10), .i32(3)) == UInt32(bitPattern: -7))
        #expect(try instance.i32("select", .i32(1)) == 10)
        #expect(try instance.i32("select", .i32(0)) == 20)
        #expect(try instance.i32("br_table", .i32(0)) == 100)
        #expect(try instance.i32("br_table", .i32(1)) == 101)
        #expect(try instance.i32("br_table", .i32(2)) == 102)
        #expect(try instance.i32("br_table", .i32(99)) == 102)
    }
}
