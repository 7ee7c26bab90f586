import BigInt
import FVMShared
import IPLD

/// Storage miners created through the power actor, and what their owner and worker may do.
enum MinerScenarios {
    static let fil = ScenarioScript.fil
    static let family = "miner"
    /// The 32 GiB Window PoSt type a new miner may register: V1 (8) up to actors v10; from v11 on
    /// (FIP-0061) the power actor takes only V1P1 (13).
    static func windowPoStProof(_ version: ActorsVersion) -> Int64 { version >= .v11 ? 13 : 8 }

    /// alice creates a miner she owns and works; returns its ID.
    /// The worker is dave's BLS account: a miner's worker must hold a BLS key.
    static func create(_ s: inout ScenarioScript, owner: String = "alice") throws(ScenarioError) -> UInt64 {
        let (o, worker) = (s.id(owner), s.id("dave"))
        let params = ScenarioCBOR.encode { w in
            w.writeArrayHeader(5)
            w.writeAddress(o)
            w.writeAddress(worker)
            w.writeInt(Self.windowPoStProof(s.actorsVersion))
            w.writeBytes(Array("peer-\(owner)".utf8))
            w.writeArrayHeader(0)
        }
        let id = s.newActorID()
        s.send(
            from: owner, to: Address(id: 4), method: try s.method(.storagepower, "CreateMiner"), params: params,
            returns: .idAddress(id))
        return id
    }

    static func call(
        _ s: inout ScenarioScript, miner: UInt64, from: String, _ name: String, value: BigInt = 0,
        expect: ExitCode = .ok, _ body: (inout CBORWriter) -> Void
    ) throws(ScenarioError) {
        let params = ScenarioCBOR.encode(body)
        s.send(
            from: from, to: Address(id: miner), value: value, method: try s.method(.storageminer, name),
            params: params, expect: expect)
    }

    static var all: [Scenario] {
        [
            Scenario(family, "create", "alice creates a miner through the power actor") { s in
                _ = try create(&s)
            },
            Scenario(family, "control-addresses", "the new miner reports its owner and worker") { s in
                let m = try create(&s)
                s.send(from: "alice", to: Address(id: m), method: try s.method(.storageminer, "ControlAddresses"))
            },
            Scenario(family, "change-peer-id", "the owner changes the peer ID") { s in
                let m = try create(&s)
                try call(&s, miner: m, from: "alice", "ChangePeerID") { w in
                    w.writeArrayHeader(1)
                    w.writeBytes(Array("peer-new".utf8))
                }
            },
            Scenario(family, "change-peer-id-by-stranger", "bob may not change alice's peer ID") { s in
                let m = try create(&s)
                try call(&s, miner: m, from: "bob", "ChangePeerID", expect: .usrForbidden) { w in
                    w.writeArrayHeader(1)
                    w.writeBytes(Array("peer-bob".utf8))
                }
            },
            Scenario(family, "change-worker-address", "the owner names frank (BLS) as the next worker") { s in
                let m = try create(&s)
                let bob = s.id("frank")
                try call(&s, miner: m, from: "alice", "ChangeWorkerAddress") { w in
                    w.writeArrayHeader(2)
                    w.writeAddress(bob)
                    w.writeArrayHeader(0)
                }
            },
            Scenario(family, "change-owner-address", "alice proposes bob as owner and bob accepts") { s in
                let m = try create(&s)
                let bob = s.id("bob")
                try call(&s, miner: m, from: "alice", "ChangeOwnerAddress") { $0.writeAddress(bob) }
                try call(&s, miner: m, from: "bob", "ChangeOwnerAddress") { $0.writeAddress(bob) }
            },
            Scenario(family, "withdraw-balance", "alice funds her miner and withdraws 1 FIL") { s in
                let m = try create(&s)
                s.send(from: "alice", to: Address(id: m), value: fil * 5)
                try call(&s, miner: m, from: "alice", "WithdrawBalance") { w in
                    w.writeArrayHeader(1)
                    ScenarioCBOR.bigInt(&w, fil)
                }
            },
            Scenario(family, "withdraw-balance-by-stranger", "bob may not withdraw from alice's miner") { s in
                let m = try create(&s)
                s.send(from: "alice", to: Address(id: m), value: fil * 5)
                try call(&s, miner: m, from: "bob", "WithdrawBalance", expect: .usrForbidden) { w in
                    w.writeArrayHeader(1)
                    ScenarioCBOR.bigInt(&w, fil)
                }
            },
            Scenario(family, "two-miners", "alice and bob each create a miner") { s in
                _ = try create(&s)
                _ = try create(&s, owner: "bob")
            },
            Scenario(
                family, "precommit-without-power", "a precommit whose seal randomness epoch is in the future is refused"
            ) { s in
                let m = try create(&s)
                s.send(from: "alice", to: Address(id: m), value: fil * 10)
                let epoch = s.genesis.context.epoch
                let sealed = CID(
                    codec: 0xf102, hash: Multihash(code: 0x1012, digest: [UInt8](repeating: 7, count: 32)))
                try call(&s, miner: m, from: "alice", "PreCommitSector", expect: .usrIllegalArgument) { w in
                    w.writeArrayHeader(10)
                    w.writeInt(8)  // StackedDrg32GiBV1_1
                    w.writeUInt(1)
                    w.writeCID(sealed)
                    w.writeInt(epoch + 10)
                    w.writeArrayHeader(0)
                    w.writeInt(epoch + 600_000)
                    w.writeBool(false)
                    w.writeUInt(0)
                    w.writeUInt(0)
                    w.writeUInt(0)
                }
            },
        ]
    }
}
