import BigInt
import FVMShared

/// Value sends and the executor's validation: what every message goes through.
enum SendScenarios {
    static let fil = ScenarioScript.fil
    static let family = "sends"

    static var all: [Scenario] {
        [
            Scenario(family, "to-existing-account-by-id", "alice sends 1 FIL to bob's ID address") { s in
                s.send(from: "alice", to: s.id("bob"), value: fil)
            },
            Scenario(family, "to-existing-account-by-key", "alice sends 1 FIL to bob's f1 address") { s in
                s.send(from: "alice", to: s.key("bob"), value: fil)
            },
            Scenario(family, "zero-value", "alice sends nothing to bob") { s in
                s.send(from: "alice", to: s.id("bob"))
            },
            Scenario(family, "to-self", "alice sends 1 FIL to herself") { s in
                s.send(from: "alice", to: s.key("alice"), value: fil)
            },
            Scenario(family, "to-burnt-funds", "alice burns 1 FIL by sending it to f099") { s in
                s.send(from: "alice", to: Address(id: 99), value: fil)
            },
            Scenario(family, "new-secp-account", "a send to an unused f1 address creates an account") { s in
                s.send(
                    from: "alice", to: GenesisAccount.address(name: "new-secp", kind: .secp256k1), value: fil)
                _ = s.newActorID()
            },
            Scenario(family, "new-bls-account", "a send to an unused f3 address creates an account") { s in
                s.send(from: "alice", to: GenesisAccount.address(name: "new-bls", kind: .bls), value: fil)
                _ = s.newActorID()
            },
            Scenario(
                family, "new-f4-placeholder", "a send to an unused f410 address creates a placeholder",
                requires: [.placeholder]
            ) { s in
                s.send(from: "alice", to: GenesisAccount.address(name: "new-f4", kind: .ethereum), value: fil)
            },
            Scenario(family, "from-bls-account", "dave (BLS) sends 1 FIL to alice") { s in
                s.send(from: "dave", to: s.id("alice"), value: fil)
            },
            Scenario(
                family, "from-eth-account", "erin (an f410 Ethereum account) sends 1 FIL to alice",
                requires: [.ethaccount]
            ) { s in
                s.send(from: "erin", to: s.id("alice"), value: fil)
            },
            Scenario(family, "value-above-balance", "alice sends more than she holds", outOfGas: false) { s in
                s.send(
                    from: "alice", to: s.id("bob"), value: ScenarioGenesis.accountBalance * 2,
                    expect: .sysInsufficientFunds)
            },
            Scenario(family, "bad-nonce", "alice's message carries nonce 5 instead of 0", outOfGas: false) { s in
                s.send(from: "alice", to: s.id("bob"), value: fil, nonce: 5, expect: .sysSenderStateInvalid)
            },
            Scenario(
                family, "gas-limit-below-inclusion", "a gas limit below the inclusion cost", outOfGas: false
            ) { s in
                s.send(from: "alice", to: s.id("bob"), value: fil, gasLimit: 1000, expect: .sysOutOfGas)
            },
            Scenario(family, "fee-cap-below-base-fee", "a fee cap of 50 under a base fee of 100") { s in
                s.send(from: "alice", to: s.id("bob"), value: fil, feeCap: 50)
            },
            Scenario(
                family, "gas-cost-above-balance", "the fee cap times the gas limit exceeds the balance",
                outOfGas: false
            ) { s in
                s.send(
                    from: "alice", to: s.id("bob"), feeCap: ScenarioGenesis.accountBalance,
                    expect: .sysSenderStateInvalid)
            },
            Scenario(family, "unknown-sender", "a message from an address nobody holds", outOfGas: false) { s in
                s.send(
                    fromAddress: GenesisAccount.address(name: "nobody", kind: .secp256k1), to: s.id("bob"),
                    expect: .sysSenderInvalid)
            },
            Scenario(family, "actor-sender", "a message from the reward actor", outOfGas: false) { s in
                s.send(fromAddress: Address(id: 2), to: s.id("bob"), expect: .sysSenderInvalid)
            },
            Scenario(family, "to-missing-id", "a send to an ID address no actor has", outOfGas: false) { s in
                s.send(from: "alice", to: Address(id: 9999), value: fil, expect: .sysInvalidReceiver)
            },
            Scenario(family, "unknown-method", "method 12345 on an account") { s in
                s.send(from: "alice", to: s.id("bob"), method: 12345, expect: .usrUnhandledMessage)
            },
            Scenario(family, "undecodable-params", "init's Exec with bytes that are not its parameters") { s in
                s.send(
                    from: "alice", to: Address(id: 1), method: try s.method(.`init`, "Exec"), params: [0x82, 0x01],
                    expect: .usrSerialization)
            },
            Scenario(family, "pubkey-address", "the account's PubkeyAddress method returns its key") { s in
                let key = s.key("bob")
                s.send(
                    from: "alice", to: s.id("bob"), method: try s.method(.account, "PubkeyAddress"),
                    returns: .exact(ScenarioCBOR.encode { $0.writeAddress(key) }))
            },
            Scenario(family, "three-in-a-row", "alice pays bob, bob pays carol, carol pays alice") { s in
                s.send(from: "alice", to: s.id("bob"), value: fil * 3)
                s.send(from: "bob", to: s.id("carol"), value: fil * 2)
                s.send(from: "carol", to: s.id("alice"), value: fil)
            },
            Scenario(family, "create-then-spend", "a new account gets funds, then sends them on") { s in
                let fresh = GenesisAccount.address(name: "relay", kind: .secp256k1)
                s.send(from: "alice", to: fresh, value: fil * 2)
                _ = s.newActorID()
                s.send(fromAddress: fresh, to: s.id("bob"), value: fil)
            },
            Scenario(family, "nonce-sequence", "five sends from alice with nonces 0 to 4") { s in
                for _ in 0..<5 { s.send(from: "alice", to: s.id("bob"), value: fil) }
            },
        ]
    }
}
