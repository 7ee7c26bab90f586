import Testing
import WasmRuntime

@Suite struct FloatTests {
    static let text = """
        (module
          (func (export "f32.min") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
          (func (export "f32.max") (param f32 f32) (result f32) (f32.max (local.get 0) (local.get 1)))
          (func (export "f64.min") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
          (func (export "f32.add") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1)))
          (func (export "f64.sqrt") (param f64) (result f64) (f64.sqrt (local.get 0)))
          (func (export "f32.neg") (param f32) (result f32) (f32.neg (local.get 0)))
          (func (export "f64.abs") (param f64) (result f64) (f64.abs (local.get 0)))
          (func (export "f32.copysign") (param f32 f32) (result f32) (f32.copysign (local.get 0) (local.get 1)))
          (func (export "f32.nearest") (param f32) (result f32) (f32.nearest (local.get 0)))
          (func (export "f64.nearest") (param f64) (result f64) (f64.nearest (local.get 0)))
          (func (export "reinterpret") (param i32) (result i32) (i32.reinterpret_f32 (f32.reinterpret_i32 (local.get 0))))
          (func (export "demote") (param f64) (result f32) (f32.demote_f64 (local.get 0)))
          (func (export "promote") (param f32) (result f64) (f64.promote_f32 (local.get 0)))
          (func (export "f32.eq") (param f32 f32) (result i32) (f32.eq (local.get 0) (local.get 1)))
        )
        """

    let plain: Instance
    let canonical: Instance

    init() throws {
        plain = try instantiate(Self.text)
        var c = RuntimeConfiguration()
        c.canonicalizeNaNs = true
        canonical = try instantiate(Self.text, configuration: c)
    }

    func f32(_ i: Instance, _ name: String, _ args: UInt32...) throws -> UInt32 {
        guard case .f32(let v) = try i.invoke(name, args.map { .f32($0) }).first else {
            throw TestFailure.wrongResult
        }
        return v
    }

    func f64(_ i: Instance, _ name: String, _ args: UInt64...) throws -> UInt64 {
        guard case .f64(let v) = try i.invoke(name, args.map { .f64($0) }).first else {
            throw TestFailure.wrongResult
        }
        return v
    }

    @Test func signedZeroMinMax() throws {
        let pz = Float(0).bitPattern
        let nz = (-Float(0)).bitPattern
        #expect(try f32(plain, "f32.min", pz, nz) == nz)
        #expect(try f32(plain, "f32.min", nz, pz) == nz)
        #expect(try f32(plain, "f32.max", nz, pz) == pz)
        #expect(try f32(plain, "f32.max", pz, nz) == pz)
        #expect(
            try f64(plain, "f64.min", 0, (-0.0 as Double).bitPattern) == (-0.0 as Double).bitPattern)
    }

    @Test func nanResults() throws {
        let snan: UInt32 = 0x7FA0_0001
        let r = try f32(plain, "f32.min", snan, Float(1).bitPattern)
        #expect(Float(bitPattern: r).isNaN && r & 0x0040_0000 != 0)
        #expect(try f32(canonical, "f32.add", 0x7FC0_1234, Float(1).bitPattern) == 0x7FC0_0000)
        #expect(try f32(canonical, "f32.min", 0xFFC0_1234, Float(1).bitPattern) == 0x7FC0_0000)
        #expect(try f64(canonical, "f64.sqrt", (-1.0 as Double).bitPattern) == 0x7FF8_0000_0000_0000)
        // Demote and promote are not canonicalised in the FVM's Cranelift: the host conversion
        // quiets the NaN and keeps the top payload bits.
        #expect(try canonical.invoke("demote", [.f64(0x7FF4_0000_0000_0001)]) == [.f32(0x7FE0_0000)])
        #expect(try canonical.invoke("promote", [.f32(0x7FA0_0000)]) == [.f64(0x7FFC_0000_0000_0000)])
    }

    @Test func bitwiseOpsKeepPayloads() throws {
        for i in [plain, canonical] {
            #expect(try f32(i, "f32.neg", 0x7FA0_0001) == 0xFFA0_0001)
            #expect(try f64(i, "f64.abs", 0xFFF4_0000_0000_0001) == 0x7FF4_0000_0000_0001)
            #expect(try f32(i, "f32.copysign", 0x7FA0_0001, 0x8000_0000) == 0xFFA0_0001)
            #expect(try i.i32("reinterpret", .i32(0x7FA0_0001)) == 0x7FA0_0001)
        }
    }

    @Test func rounding() throws {
        #expect(try f32(plain, "f32.nearest", Float(2.5).bitPattern) == Float(2).bitPattern)
        #expect(try f32(plain, "f32.nearest", Float(-3.5).bitPattern) == Float(-4).bitPattern)
        #expect(
            try f64(plain, "f64.nearest", (-0.5 as Double).bitPattern) == (-0.0 as Double).bitPattern)
        #expect(
            try plain.invoke("demote", [.f64((1.0 + 0x1p-24).bitPattern)]) == [.f32(Float(1).bitPattern)])
        #expect(try plain.i32("f32.eq", .f32(0x7FC0_0000), .f32(0x7FC0_0000)) == 0)
    }
}
