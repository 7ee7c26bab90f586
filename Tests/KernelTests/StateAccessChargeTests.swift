import BigInt
import FVMShared
import Testing

@testable import Kernel

/// v3 charges the first lookup and the first update of each actor in a message; v2 charges neither.
@Suite struct StateAccessChargeTests {
    static func count(_ name: String, _ profile: NetworkProfile, _ script: @escaping ScriptedRunner.Script) throws
        -> Int
    {
        let result = try Harness(profile).apply(.fake(), script: script)
        #expect(result.receipt.exitCode == .ok)
        return result.trace.filter { $0.name == name }.count
    }

    static func reads(_ n: Int) -> ScriptedRunner.Script {
        { kernel in
            for _ in 0..<n { _ = try kernel.balanceOf(Fake.other) }
            return .returned(blockID: 0)
        }
    }

    @Test func v3ChargesOnlyTheFirstLookupOfAnActor() throws {
        let none = try Self.count("OnActorLookup", .nv18, Self.reads(0))
        #expect(try Self.count("OnActorLookup", .nv18, Self.reads(1)) == none + 1)
        #expect(try Self.count("OnActorLookup", .nv18, Self.reads(3)) == none + 1)
    }

    @Test func v2ChargesNoLookups() throws {
        #expect(try Self.count("OnActorLookup", .nv17, Self.reads(3)) == 0)
    }

    @Test func v3ChargesOnlyTheFirstUpdateOfAnActor() throws {
        let writes: (Int) -> ScriptedRunner.Script = { n in
            { kernel in
                for _ in 0..<n { try kernel.setRoot(Machine.emptyArrayCID) }
                return .returned(blockID: 0)
            }
        }
        let none = try Self.count("OnActorUpdate", .nv18, writes(0))
        #expect(try Self.count("OnActorUpdate", .nv18, writes(2)) == none + 1)
    }
}
