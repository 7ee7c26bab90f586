import Actors
import Foundation
import Testing
import TestSupport
@testable import FVMWasm

/// Every actor module of the v9 (nv17) and v10 (nv18) bundles instruments, validates and
/// instantiates; plus figures from the spec that pin the metering algorithm on real code.
@Suite(.serialized, .enabled(if: Corpus.bundlesPresent, Corpus.bundlesMissing)) struct BundleTests {
    static func modules(_ name: String) throws -> [(name: String, code: String, wasm: [UInt8])] {
        let url = try #require(Corpus.bundle("\(name).tar.zst"))
        return try ActorBundle.load(from: url).mainnetModules().map { ($0.name, $0.code.description, $0.wasm) }
    }

    @Test(arguments: [("v9", WasmProfile.nv17), ("v10", WasmProfile.nv18)])
    func everyModulePreparesAndInstantiates(bundle: String, profile: WasmProfile) throws {
        let modules = try Self.modules(bundle)
        var hosts = HostFunctionTable()
        for m in modules { hosts.merge(try .stubs(forImportsOf: m.wasm)) }
        let engine = WasmEngine(profile: profile, hostFunctions: hosts)
        var functions = 0
        let start = Date()
        for m in modules {
            let prepared = try engine.prepare(codeID: m.code, wasm: m.wasm)
            functions += prepared.instrumented.stackCosts.count
            #expect(prepared.pooledInstances == 1, "\(m.name)")
        }
        print(
            "bundle \(bundle): \(modules.count) modules, \(functions) functions prepared and instantiated in \(String(format: "%.2f", Date().timeIntervalSince(start))) s"
        )
        #expect(modules.count >= 10)
    }

    /// A pooled, reset instance of every v10 actor behaves like a fresh one: same outcome and the
    /// same gas up to the first syscall (the stubs end the call there), twice in a row.
    @Test func pooledInstancesMatchFreshOnesForEveryV10Actor() throws {
        let modules = try Self.modules("v10")
        var hosts = HostFunctionTable()
        for m in modules { hosts.merge(try .stubs(forImportsOf: m.wasm)) }
        let pooled = WasmEngine(profile: .nv18, hostFunctions: hosts)
        let fresh = WasmEngine(profile: .nv18, hostFunctions: hosts)
        fresh.poolingEnabled = false
        func run(_ engine: WasmEngine, _ m: PreparedActorModule) -> (String, Int64) {
            let t = TestGasTracker(limit: 1 << 50)
            return ("\(engine.invoke(m, parameter: 1, gas: t))", t.used)
        }
        for m in modules {
            let p = try pooled.prepare(codeID: m.code, wasm: m.wasm)
            let f = try fresh.prepare(codeID: m.code, wasm: m.wasm)
            let expected = run(fresh, f)
            #expect(expected.1 > 0, "\(m.name) charged no gas")
            for _ in 0..<2 {
                let got = run(pooled, p)
                #expect(got.0 == expected.0 && got.1 == expected.1, "\(m.name): pooled \(got) vs fresh \(expected)")
            }
            #expect(p.instancesCreated == 1, "\(m.name) was not reused")
        }
    }

    /// Dropping the v3 br_table default target changes the metering partition of exactly
    /// 7 functions in 4 modules of the v10 bundle.
    @Test func brTableQuirkFootprintInV10() throws {
        let modules = try Self.modules("v10")
        var fixedRules = InstrumentationRules.nv18
        fixedRules.brTableDefaultIsTarget = true
        var functions = 0
        var modulesHit = 0
        var blockKeys = 0, loopKeys = 0, ifKeys = 0
        for m in modules {
            let quirk = try ModuleInstrumenter.instrument(m.wasm, rules: .nv18, keepBlocks: true)
            let fixed = try ModuleInstrumenter.instrument(m.wasm, rules: fixedRules, keepBlocks: true)
            let engineForm = try ModuleInstrumenter.instrument(
                m.wasm, rules: .nv18, keepBlocks: true, inlineCharges: true)
            #expect(engineForm.meteredBlocks == quirk.meteredBlocks, "engine form meters \(m.name) differently")
            let differing = zip(quirk.meteredBlocks, fixed.meteredBlocks).filter { $0 != $1 }.count
            functions += differing
            if differing > 0 { modulesHit += 1 }
            let keys = try keyOpcodes(m.wasm, blocks: quirk.meteredBlocks)
            blockKeys += keys[Op.block, default: 0]
            loopKeys += keys[Op.loop, default: 0]
            ifKeys += keys[Op.if, default: 0]
        }
        print(
            "v10 br_table quirk: \(functions) functions in \(modulesHit) modules; charges keyed at block \(blockKeys), loop \(loopKeys), if \(ifKeys)"
        )
        #expect(functions == 7)
        #expect(modulesHit == 4)
        #expect(loopKeys == 93)
        #expect(ifKeys == 0)
    }

    /// Opcode of the (original) instruction each charge is keyed at.
    func keyOpcodes(_ wasm: [UInt8], blocks: [[MeteredBlock]]) throws -> [UInt16: Int] {
        let m = try WasmModuleParser.parse(wasm)
        let decoder = InstructionDecoder(features: .fvmV3)
        var counts: [UInt16: Int] = [:]
        for (i, entry) in m.code.enumerated() {
            let body = try decoder.decode(
                bytes: wasm, start: entry.body.lowerBound, end: entry.body.upperBound, function: i)
            // Map post-limiter positions back: each rewritten call adds 14 instructions.
            var post: [UInt16] = []
            for ins in body.instructions {
                if ins.opcode == Op.call && Int(ins.immediate) >= m.importedFunctionCount {
                    post.append(contentsOf: [UInt16](repeating: Op.globalGet, count: 10))
                    post.append(Op.call)
                    post.append(contentsOf: [UInt16](repeating: Op.globalGet, count: 4))
                } else {
                    post.append(ins.opcode)
                }
            }
            for b in blocks[i] where b.start < post.count { counts[post[b.start], default: 0] += 1 }
        }
        return counts
    }
}
