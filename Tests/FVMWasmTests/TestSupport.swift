import Foundation
import WAT
@testable import FVMWasm

/// Assembles WAT text with WasmKit's assembler.
func wat(_ text: String) throws -> [UInt8] { try wat2wasm(text) }

/// The rules fvm-wasm-instrument's own tests use: unit costs, limit 1024, gas module `env`.
enum FixtureRules {
    static let v2 = InstrumentationRules.nv17.with(prices: .unit, stackLimit: 1024, gasModule: "env")
    static let v3 = InstrumentationRules.nv18.with(prices: .unit, stackLimit: 1024, gasModule: "env")
}

/// Decodes the first defined function of a module and runs the metering pass on it as is.
func meterFirstFunction(_ text: String, rules: InstrumentationRules, index: Int = 0) throws -> [MeteredBlock] {
    let bytes = try wat(text)
    let m = try WasmModuleParser.parse(bytes)
    let entry = m.code[index]
    let body = try InstructionDecoder(features: rules.features).decode(
        bytes: bytes, start: entry.body.lowerBound, end: entry.body.upperBound, function: index)
    return try GasMetering.meter(body.instructions, labels: body.labels, rules: rules, function: index).blocks
}

func blocks(_ pairs: [(Int, UInt64)]) -> [MeteredBlock] { pairs.map { MeteredBlock(start: $0.0, cost: $0.1) } }

/// The 15-instruction sequence the stack limiter wraps around each call, as disassembled lines.
func guardedCallLines(callee: Int, cost: Int, global: Int, limit: Int) -> [String] {
    [
        "global.get \(global)", "i32.const \(cost)", "i32.add", "global.set \(global)",
        "global.get \(global)", "i32.const \(limit)", "i32.gt_u", "if", "unreachable", "end",
        "call \(callee)",
        "global.get \(global)", "i32.const \(cost)", "i32.sub", "global.set \(global)",
    ]
}

/// The injected gas function's body for gas global `g`.
func gasFunctionLines(global g: Int) -> [String] {
    [
        "global.get \(g)", "local.get 0", "i64.sub", "global.set \(g)", "global.get \(g)", "i64.const 0",
        "i64.lt_s", "if", "unreachable", "end", "end",
    ]
}
