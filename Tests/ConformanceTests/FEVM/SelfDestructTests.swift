import Conformance
import Testing

/// SELFDESTRUCT as actors v10 define it: the balance goes to the beneficiary and the contract is
/// not deleted but marked with a tombstone `[origin actor ID, message nonce]`; in any later
/// message the contract counts as dead and a call to it runs no code and returns nothing.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct SelfDestructTests {
    static let contract = FEVMTestWorld.contract(1)
    static let beneficiary = try! EthAddress(hex: "0xbe0ef1c1a2be0ef1c1a2be0ef1c1a2be0ef1c1a2")

    /// With call data it returns 42; without, it self-destructs in favour of the beneficiary.
    static let code = EVMAssembler.program { a in
        a.op(.calldatasize)
        a.op(.iszero)
        a.jumpIf(to: "destruct")
        a.push(42)
        a.returnTop()
        a.jumpdest("destruct")
        a.push(address: beneficiary)
        a.op(.selfdestruct)
    }

    @Test func theBeneficiaryGetsTheBalanceAndTheContractIsTombstoned() throws {
        let scenario = try FEVMTestWorld.scenario(contract: Self.code, at: Self.contract, balance: 5000)
        try scenario.fundEthAccount(Self.beneficiary, balance: 10)
        let origin = try #require(try scenario.actorID(of: FEVMTestWorld.sender))
        let nonce = try scenario.actor(at: FEVMTestWorld.sender).nonce

        let receipt = try scenario.call(Self.contract)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(receipt.evmOutput == [])
        #expect(try scenario.balance(of: Self.beneficiary) == 5010)
        #expect(try scenario.balance(of: Self.contract) == 0)
        #expect(try scenario.kind(of: Self.contract) == .evm, "v10 keeps the actor")
        let tombstone = try #require(try scenario.contractState(of: Self.contract).tombstone)
        #expect(tombstone.origin == origin)
        #expect(tombstone.nonce == nonce)
    }

    @Test func aLaterCallFindsNoCode() throws {
        let scenario = try FEVMTestWorld.scenario(contract: Self.code, at: Self.contract, balance: 5000)
        try scenario.fundEthAccount(Self.beneficiary, balance: 0)
        let alive = try scenario.call(Self.contract, calldata: [1])
        #expect(alive.evmOutput == Word.of(42), "the code answers while the contract lives")
        #expect(try scenario.call(Self.contract).exitCode == .ok)

        let dead = try scenario.call(Self.contract, calldata: [1])

        #expect(dead.exitCode == .ok, "\(dead.summary)")
        #expect(dead.evmOutput == [])
    }
}
