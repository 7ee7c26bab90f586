import Testing
import WasmRuntime

@Suite struct BulkMemoryTests {
    @Test func memoryInstructions() throws {
        let i = try instantiate(
            """
            (module
              (memory 1)
              (data $p "\\0a\\0b\\0c")
              (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
              (func (export "init") (param i32 i32 i32) (memory.init $p (local.get 0) (local.get 1) (local.get 2)))
              (func (export "drop") (data.drop $p))
              (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
            )
            """)
        _ = try i.invoke("fill", [.i32(10), .i32(0x55), .i32(3)])
        #expect(try i.i32("load8", .i32(12)) == 0x55)
        #expect(try i.i32("load8", .i32(13)) == 0)
        _ = try i.invoke("copy", [.i32(11), .i32(10), .i32(3)])
        #expect(try i.i32("load8", .i32(13)) == 0x55)
        _ = try i.invoke("init", [.i32(100), .i32(1), .i32(2)])
        #expect(try i.i32("load8", .i32(100)) == 0x0B)
        #expect(try i.i32("load8", .i32(101)) == 0x0C)
        #expect(trap { try i.invoke("init", [.i32(100), .i32(2), .i32(2)]) } == .memoryOutOfBounds)
        #expect(trap { try i.invoke("fill", [.i32(65536), .i32(0), .i32(1)]) } == .memoryOutOfBounds)
        #expect(try i.invoke("fill", [.i32(65536), .i32(0), .i32(0)]) == [])
        #expect(trap { try i.invoke("copy", [.i32(65535), .i32(0), .i32(2)]) } == .memoryOutOfBounds)
        _ = try i.invoke("drop", [])
        #expect(try i.invoke("init", [.i32(0), .i32(0), .i32(0)]) == [])
        #expect(trap { try i.invoke("init", [.i32(0), .i32(0), .i32(1)]) } == .memoryOutOfBounds)
    }

    @Test func tableInstructions() throws {
        let i = try instantiate(
            """
            (module
              (table 4 funcref)
              (func $one (result i32) (i32.const 1))
              (func $two (result i32) (i32.const 2))
              (elem $p funcref (ref.func $one) (ref.func $two))
              (func (export "init") (param i32 i32 i32) (table.init $p (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copy") (param i32 i32 i32) (table.copy (local.get 0) (local.get 1) (local.get 2)))
              (func (export "drop") (elem.drop $p))
              (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
            )
            """)
        #expect(trap { try i.invoke("call", [.i32(0)]) } == .indirectCallToNull)
        _ = try i.invoke("init", [.i32(1), .i32(0), .i32(2)])
        #expect(try i.i32("call", .i32(1)) == 1)
        #expect(try i.i32("call", .i32(2)) == 2)
        _ = try i.invoke("copy", [.i32(2), .i32(1), .i32(2)])
        #expect(try i.i32("call", .i32(3)) == 2)
        #expect(trap { try i.invoke("copy", [.i32(3), .i32(0), .i32(2)]) } == .tableOutOfBounds)
        _ = try i.invoke("drop", [])
        #expect(trap { try i.invoke("init", [.i32(0), .i32(0), .i32(1)]) } == .tableOutOfBounds)
    }

    @Test func activeSegmentsApplyInOrderUntilOneFails() throws {
        let host = try instantiate(
            #"(module (memory (export "mem") 1) (func (export "peek") (param i32) (result i32) (i32.load8_u (local.get 0))))"#
        )
        #expect(throws: InstantiationError.self) {
            try instantiate(
                """
                (module (import "h" "mem" (memory 1))
                  (data (i32.const 0) "\\2a")
                  (data (i32.const 65536) "\\2b"))
                """, imports: ["h.mem": host.export("mem")!])
        }
        #expect(try host.i32("peek", .i32(0)) == 42)
    }
}
