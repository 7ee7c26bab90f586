import BigInt
import FVMShared

/// EVM contracts deployed through the EAM (actors v10 and later).
enum FEVMScenarios {
    static let family = "fevm"
    static let fil = ScenarioScript.fil

    /// Init code returning `runtime` as the contract's code (CODECOPY then RETURN).
    static func deployer(_ runtime: [UInt8]) -> [UInt8] {
        let n = UInt8(runtime.count)
        // PUSH1 n PUSH1 12 PUSH1 0 CODECOPY PUSH1 n PUSH1 0 RETURN: 12 bytes of prologue.
        return [0x60, n, 0x60, 12, 0x60, 0, 0x39, 0x60, n, 0x60, 0, 0xf3] + runtime
    }

    /// Runtime: SSTORE(0, CALLDATASIZE + 1), STOP.
    static let storing: [UInt8] = [0x36, 0x60, 1, 0x01, 0x60, 0, 0x55, 0x00]
    /// Runtime: MSTORE(0, 0x2a) and REVERT(0, 32).
    static let reverting: [UInt8] = [0x60, 0x2a, 0x60, 0, 0x52, 0x60, 32, 0x60, 0, 0xfd]
    /// Runtime: LOG1(0, 0, topic 7), STOP.
    static let logging: [UInt8] = [0x60, 7, 0x60, 0, 0x60, 0, 0xa1, 0x00]

    static func create(_ s: inout ScenarioScript, from: String = "alice", code: [UInt8], expect: ExitCode = .ok)
        throws(ScenarioError) -> UInt64
    {
        let id = expect == .ok ? s.newActorID() : 0
        s.send(
            from: from, to: Address(id: 10), method: try s.method(.eam, "CreateExternal"),
            params: ScenarioCBOR.encode { $0.writeBytes(code) }, expect: expect)
        return id
    }

    static func invoke(
        _ s: inout ScenarioScript, _ contract: UInt64, data: [UInt8] = [], value: BigInt = 0, expect: ExitCode = .ok
    ) throws(ScenarioError) {
        s.send(
            from: "alice", to: Address(id: contract), value: value, method: try s.method(.evm, "InvokeContract"),
            params: ScenarioCBOR.encode { $0.writeBytes(data) }, expect: expect)
    }

    static var all: [Scenario] {
        [
            Scenario(family, "create-empty", "the EAM deploys a contract with no code", requires: [.eam]) { s in
                _ = try create(&s, code: [])
            },
            Scenario(family, "create-storing", "the EAM deploys a storing contract", requires: [.eam]) { s in
                _ = try create(&s, code: deployer(storing))
            },
            Scenario(family, "invoke-storage", "a call writes a storage slot", requires: [.eam]) { s in
                let c = try create(&s, code: deployer(storing))
                try invoke(&s, c, data: [1, 2, 3])
            },
            Scenario(family, "invoke-twice", "two calls rewrite the slot", requires: [.eam]) { s in
                let c = try create(&s, code: deployer(storing))
                try invoke(&s, c, data: [1])
                try invoke(&s, c, data: [1, 2, 3, 4])
            },
            Scenario(family, "revert-with-data", "a call reverts with 32 bytes", requires: [.eam]) { s in
                let c = try create(&s, code: deployer(reverting))
                try invoke(&s, c, expect: ExitCode(rawValue: 33))
            },
            Scenario(family, "create-reverting", "init code that reverts", requires: [.eam], outOfGas: false) { s in
                _ = try create(&s, code: reverting, expect: ExitCode(rawValue: 33))
            },
            Scenario(family, "events", "a call emits a LOG1 event", requires: [.eam]) { s in
                let c = try create(&s, code: deployer(logging))
                try invoke(&s, c)
            },
            Scenario(family, "value-to-contract", "a call with 1 FIL", requires: [.eam]) { s in
                let c = try create(&s, code: deployer(storing))
                try invoke(&s, c, value: fil)
            },
            Scenario(family, "from-eth-account", "erin deploys a contract", requires: [.eam, .ethaccount]) { s in
                _ = try create(&s, from: "erin", code: deployer(storing))
            },
            Scenario(
                family, "placeholder-promotion", "a placeholder funded by alice sends its first message",
                requires: [.eam, .placeholder]
            ) { s in
                let f4 = GenesisAccount.address(name: "promoted", kind: .ethereum)
                s.send(from: "alice", to: f4, value: fil * 2)
                s.send(fromAddress: f4, to: s.id("bob"), value: fil)
            },
        ]
    }
}
