import Testing
import WasmRuntime

@Suite struct ValidationTests {
    func rejects(_ bytes: [UInt8]) -> ModuleError? {
        do {
            _ = try CompiledModule(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedBinaries() {
        guard case .malformed = rejects([0, 0x61, 0x73, 0x6D, 2, 0, 0, 0]) else {
            Issue.record("version")
            return
        }
        // An over-long u32 in the type section count.
        let overlong: [UInt8] = [
            0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 1, 6, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00,
        ]
        guard case .malformed = rejects(overlong) else {
            Issue.record("leb")
            return
        }
    }

    @Test func invalidBodies() throws {
        let cases = [
            "(module (func (result i32) (i64.const 1)))",
            "(module (func (param i32) (result i64) (local.get 0)))",
            "(module (func (drop (i32.add (i32.const 1)))))",
            "(module (memory 1) (func (drop (i32.load align=8 (i32.const 0)))))",
            "(module (global i32 (i32.const 0)) (func (global.set 0 (i32.const 1))))",
            "(module (func (block (result i32) (br 0))))",
            "(module (func (result i32) (unreachable) (i64.const 0)))",
            "(module (func (export \"a\")) (func (export \"a\")))",
            "(module (memory 65537))",
            "(module (func (result i32) (block (br_table 0 1 (i32.const 0) (i32.const 0))) (i32.const 0)))",
        ]
        for text in cases {
            #expect(throws: ModuleError.self, "\(text)") { try compile(text) }
        }
    }

    @Test func polymorphicStackIsAccepted() throws {
        _ = try compile("(module (func (result i32) (unreachable) (i32.add)))")
        _ = try compile(
            "(module (func (result i32) (block (result i32) (br 0 (i32.const 1)) (i32.add))))")
    }

    @Test func unsupportedProposalsAreRejected() throws {
        // Multi-value result, typed select / reference instructions, SIMD prefix.
        let module: [UInt8] = [0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 1, 6, 1, 0x60, 0, 2, 0x7F, 0x7F]
        #expect(rejects(module) != nil)
        let simdBody: [UInt8] = [
            0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10, 6, 1, 4, 0, 0xFD, 0x0C,
            0x0B,
        ]
        #expect(rejects(simdBody) != nil)
        let refNull: [UInt8] = [
            0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 0xD0, 0x70,
            0x1A, 0x0B,
        ]
        #expect(rejects(refNull) != nil)
    }
}
