import Testing
import WasmRuntime

@Suite struct MemoryTests {
    static let text = """
        (module
          (memory (export "memory") 1 4)
          (data (i32.const 8) "\\01\\02\\03\\04")
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "load_off") (param i32) (result i32) (i32.load offset=0xFFFFFFFF (local.get 0)))
          (func (export "load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
          (func (export "load16_s64") (param i32) (result i64) (i64.load16_s (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
          (func (export "store64") (param i32 i64) (i64.store offset=4 (local.get 0) (local.get 1)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "size") (result i32) (memory.size))
        )
        """

    @Test func boundsChecks() throws {
        let i = try instantiate(Self.text)
        #expect(try i.i32("load", .i32(8)) == 0x0403_0201)
        #expect(try i.i32("load", .i32(65532)) == 0)
        #expect(trap { try i.invoke("load", [.i32(65533)]) } == .memoryOutOfBounds)
        #expect(trap { try i.invoke("load", [.i32(0xFFFF_FFFF)]) } == .memoryOutOfBounds)
        #expect(trap { try i.invoke("load_off", [.i32(1)]) } == .memoryOutOfBounds)
        #expect(trap { try i.invoke("store64", [.i32(65528), .i64(1)]) } == .memoryOutOfBounds)
        _ = try i.invoke("store", [.i32(0), .i32(0xFF80)])
        #expect(try i.i32("load8_s", .i32(0)) == 0xFFFF_FF80)
        #expect(try i.i64("load16_s64", .i32(0)) == 0xFFFF_FFFF_FFFF_FF80)
    }

    @Test func growAndLimits() throws {
        let i = try instantiate(Self.text)
        #expect(try i.i32("grow", .i32(2)) == 1)
        #expect(try i.i32("size") == 3)
        #expect(try i.i32("load", .i32(3 * 65536 - 4)) == 0)
        #expect(try i.i32("grow", .i32(2)) == 0xFFFF_FFFF)
        #expect(try i.i32("grow", .i32(1)) == 3)
        #expect(try i.i32("grow", .i32(0)) == 4)
    }

    @Test func growthLimiterVetoes() throws {
        let i = try instantiate(Self.text)
        guard case .memory(let m) = i.export("memory") else {
            Issue.record("no memory")
            return
        }
        m.growthLimiter = { _, new in new <= 2 }
        #expect(try i.i32("grow", .i32(1)) == 1)
        #expect(try i.i32("grow", .i32(1)) == 0xFFFF_FFFF)
    }

    @Test func resetRestoresContentsAndSize() throws {
        let i = try instantiate(Self.text)
        let snapshot = i.snapshot()
        _ = try i.invoke("store", [.i32(8), .i32(0xDEAD_BEEF)])
        #expect(try i.i32("grow", .i32(2)) == 1)
        _ = try i.invoke("store", [.i32(2 * 65536), .i32(77)])
        i.reset(to: snapshot)
        #expect(try i.i32("size") == 1)
        #expect(try i.i32("load", .i32(8)) == 0x0403_0201)
        #expect(trap { try i.invoke("load", [.i32(65536)]) } == .memoryOutOfBounds)
        #expect(try i.i32("grow", .i32(2)) == 1)
        #expect(try i.i32("load", .i32(2 * 65536)) == 0)
    }
}
