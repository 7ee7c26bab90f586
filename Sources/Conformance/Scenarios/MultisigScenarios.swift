import Actors
import BigInt
import FVMShared
import IPLD

/// Multisig wallets created through the init actor, and their transactions.
enum MultisigScenarios {
    static let fil = ScenarioScript.fil
    static let family = "multisig"

    /// Creates a wallet of `signers` with `threshold` and 10 FIL; returns its ID.
    static func create(
        _ s: inout ScenarioScript, signers: [String], threshold: UInt64, expect: ExitCode = .ok
    ) throws(ScenarioError) -> UInt64 {
        guard let code = s.genesis.manifest.code(of: .multisig) else {
            throw .genesis("no multisig code", doing: "creating a multisig")
        }
        let addresses = signers.map { s.id($0) }
        let ctor = ScenarioCBOR.encode { w in
            w.writeArrayHeader(4)
            w.writeArrayHeader(addresses.count)
            for a in addresses { w.writeAddress(a) }
            w.writeUInt(threshold)
            w.writeInt(0)
            w.writeInt(0)
        }
        let params = ScenarioCBOR.encode { w in
            w.writeArrayHeader(2)
            w.writeCID(code)
            w.writeBytes(ctor)
        }
        let id = expect == .ok ? s.newActorID() : 0
        s.send(
            from: signers.first ?? "alice", to: Address(id: 1), value: fil * 10,
            method: try s.method(.`init`, "Exec"), params: params, expect: expect,
            returns: expect == .ok ? .idAddress(id) : nil)
        return id
    }

    static func propose(
        _ s: inout ScenarioScript, wallet: UInt64, from: String, to: Address, value: BigInt, expect: ExitCode = .ok
    )
        throws(ScenarioError)
    {
        let params = ScenarioCBOR.encode { w in
            w.writeArrayHeader(4)
            w.writeAddress(to)
            ScenarioCBOR.bigInt(&w, value)
            w.writeUInt(0)
            w.writeBytes([])
        }
        s.send(
            from: from, to: Address(id: wallet), method: try s.method(.multisig, "Propose"), params: params,
            expect: expect)
    }

    static func txn(
        _ s: inout ScenarioScript, _ name: String, wallet: UInt64, from: String, id: UInt64, expect: ExitCode = .ok
    )
        throws(ScenarioError)
    {
        let params = ScenarioCBOR.encode { w in
            w.writeArrayHeader(2)
            w.writeUInt(id)
            w.writeBytes([])
        }
        s.send(
            from: from, to: Address(id: wallet), method: try s.method(.multisig, name), params: params, expect: expect)
    }

    static var all: [Scenario] {
        [
            Scenario(family, "create", "alice creates a 2-of-2 wallet with bob through init's Exec") { s in
                _ = try create(&s, signers: ["alice", "bob"], threshold: 2)
            },
            Scenario(family, "create-threshold-above-signers", "a 3-of-2 wallet is refused", outOfGas: false) { s in
                _ = try create(&s, signers: ["alice", "bob"], threshold: 3, expect: .usrIllegalArgument)
            },
            Scenario(family, "propose", "alice proposes paying carol 1 FIL") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 2)
                try propose(&s, wallet: w, from: "alice", to: s.id("carol"), value: fil)
            },
            Scenario(family, "approve-executes", "bob approves: the threshold is reached and carol is paid") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 2)
                try propose(&s, wallet: w, from: "alice", to: s.id("carol"), value: fil)
                try txn(&s, "Approve", wallet: w, from: "bob", id: 0)
            },
            Scenario(family, "propose-executes-at-threshold-one", "a 1-of-2 wallet pays on proposal") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 1)
                try propose(&s, wallet: w, from: "bob", to: s.id("carol"), value: fil)
            },
            Scenario(family, "cancel", "alice cancels her proposal") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 2)
                try propose(&s, wallet: w, from: "alice", to: s.id("carol"), value: fil)
                try txn(&s, "Cancel", wallet: w, from: "alice", id: 0)
            },
            Scenario(family, "cancel-by-other-signer", "bob may not cancel alice's proposal") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 2)
                try propose(&s, wallet: w, from: "alice", to: s.id("carol"), value: fil)
                try txn(&s, "Cancel", wallet: w, from: "bob", id: 0, expect: .usrForbidden)
            },
            Scenario(family, "propose-by-non-signer", "carol is no signer: her proposal is refused") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 2)
                try propose(&s, wallet: w, from: "carol", to: s.id("carol"), value: fil, expect: .usrForbidden)
            },
            Scenario(family, "approve-missing-transaction", "approving a transaction id that does not exist") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 2)
                try txn(&s, "Approve", wallet: w, from: "bob", id: 7, expect: .usrNotFound)
            },
            Scenario(family, "value-to-wallet", "a plain send to the wallet") { s in
                let w = try create(&s, signers: ["alice", "bob"], threshold: 2)
                s.send(from: "carol", to: Address(id: w), value: fil)
            },
        ]
    }
}
