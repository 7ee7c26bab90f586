import BigInt
import FVMShared

/// Escrow in the storage market actor.
enum MarketScenarios {
    static let fil = ScenarioScript.fil
    static let family = "market"

    static func addBalance(_ s: inout ScenarioScript, from: String, for owner: Address, value: BigInt)
        throws(ScenarioError)
    {
        s.send(
            from: from, to: Address(id: 5), value: value, method: try s.method(.storagemarket, "AddBalance"),
            params: ScenarioCBOR.encode { $0.writeAddress(owner) })
    }

    static func withdraw(
        _ s: inout ScenarioScript, from: String, for owner: Address, amount: BigInt, expect: ExitCode = .ok
    ) throws(ScenarioError) {
        let params = ScenarioCBOR.encode { w in
            w.writeArrayHeader(2)
            w.writeAddress(owner)
            ScenarioCBOR.bigInt(&w, amount)
        }
        s.send(
            from: from, to: Address(id: 5), method: try s.method(.storagemarket, "WithdrawBalance"), params: params,
            expect: expect)
    }

    static var all: [Scenario] {
        [
            Scenario(family, "add-balance", "alice escrows 5 FIL as a client") { s in
                try addBalance(&s, from: "alice", for: s.id("alice"), value: fil * 5)
            },
            Scenario(family, "add-balance-for-other", "alice escrows 5 FIL for bob") { s in
                try addBalance(&s, from: "alice", for: s.id("bob"), value: fil * 5)
            },
            Scenario(family, "withdraw-balance", "alice escrows 5 FIL and withdraws 2") { s in
                try addBalance(&s, from: "alice", for: s.id("alice"), value: fil * 5)
                try withdraw(&s, from: "alice", for: s.id("alice"), amount: fil * 2)
            },
            Scenario(family, "withdraw-more-than-escrow", "withdrawing more than escrowed pays out what there is") {
                s in
                try addBalance(&s, from: "alice", for: s.id("alice"), value: fil)
                try withdraw(&s, from: "alice", for: s.id("alice"), amount: fil * 3)
            },
            Scenario(family, "withdraw-for-other", "bob may not withdraw alice's escrow") { s in
                try addBalance(&s, from: "alice", for: s.id("alice"), value: fil)
                try withdraw(&s, from: "bob", for: s.id("alice"), amount: fil, expect: .usrForbidden)
            },
        ]
    }
}
