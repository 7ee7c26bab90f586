import BigInt
import FVMShared

/// The verified registry's root key, verifiers and clients (datacap minted to them).
enum VerifregScenarios {
    static let family = "verifreg"
    /// 1 TiB: above the minimum verified deal size of every version.
    static let allowance = BigInt(1) << 40

    static func addVerifier(_ s: inout ScenarioScript, from: String, verifier: String, expect: ExitCode = .ok)
        throws(ScenarioError)
    {
        let address = s.id(verifier)
        let params = ScenarioCBOR.encode { w in
            w.writeArrayHeader(2)
            w.writeAddress(address)
            ScenarioCBOR.bigInt(&w, allowance)
        }
        s.send(
            from: from, to: Address(id: 6), method: try s.method(.verifiedregistry, "AddVerifier"), params: params,
            expect: expect)
    }

    static func addClient(
        _ s: inout ScenarioScript, from: String, client: String, amount: BigInt, expect: ExitCode = .ok
    )
        throws(ScenarioError)
    {
        let address = s.id(client)
        let params = ScenarioCBOR.encode { w in
            w.writeArrayHeader(2)
            w.writeAddress(address)
            ScenarioCBOR.bigInt(&w, amount)
        }
        s.send(
            from: from, to: Address(id: 6), method: try s.method(.verifiedregistry, "AddVerifiedClient"),
            params: params, expect: expect)
    }

    static var all: [Scenario] {
        [
            Scenario(family, "add-verifier", "the root key makes alice a verifier") { s in
                try addVerifier(&s, from: "verifreg-root", verifier: "alice")
            },
            Scenario(family, "add-verifier-not-root", "bob is not the root key") { s in
                try addVerifier(&s, from: "bob", verifier: "alice", expect: .usrForbidden)
            },
            Scenario(family, "add-verified-client", "verifier alice gives carol datacap") { s in
                try addVerifier(&s, from: "verifreg-root", verifier: "alice")
                try addClient(&s, from: "alice", client: "carol", amount: BigInt(1) << 30)
            },
            Scenario(family, "add-verified-client-not-verifier", "bob is no verifier") { s in
                try addClient(&s, from: "bob", client: "carol", amount: BigInt(1) << 30, expect: .usrNotFound)
            },
            Scenario(family, "add-verified-client-above-allowance", "more datacap than the verifier holds") { s in
                try addVerifier(&s, from: "verifreg-root", verifier: "alice")
                try addClient(&s, from: "alice", client: "carol", amount: allowance * 2, expect: .usrIllegalArgument)
            },
        ]
    }
}
