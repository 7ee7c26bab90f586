import BigInt
import Conformance
import Testing

/// A contract that hands its call data to a precompile and returns `success word ‖ output`, so
/// a test sees exactly what the precompile gave back to EVM code.
enum PrecompileProxy {
    static let address = FEVMTestWorld.contract(0x99)

    /// The precompile at `0x00…0n` (Ethereum) or `0xfe00…0n` (FEVM).
    static func precompile(_ n: UInt8, native: Bool = false) -> EthAddress {
        try! EthAddress([native ? 0xfe : 0x00] + [UInt8](repeating: 0, count: 18) + [n])
    }

    static func code(calling target: EthAddress, with kind: EVMOpcode) -> [UInt8] {
        EVMAssembler.program { a in
            a.copyCalldata()
            a.push(0)
            a.push(0)
            a.op(.calldatasize)
            a.push(0)
            a.push(address: target)
            a.op(.gas)
            a.op(kind)
            a.push(0)
            a.op(.mstore)
            a.op(.returndatasize)
            a.push(0)
            a.push(32)
            a.op(.returndatacopy)
            a.op(.returndatasize)
            a.push(32)
            a.op(.add)
            a.push(0)
            a.op(.return)
        }
    }

    /// What the precompile answered to `input`.
    struct Answer {
        var success: Bool
        var output: [UInt8]
    }

    /// Calls precompile `target` with `input` through the proxy (in `scenario`, or a fresh one).
    static func run(
        _ target: EthAddress, input: [UInt8], kind: EVMOpcode = .staticcall, scenario given: FEVMScenario? = nil,
        proxyBalance: BigInt = 0
    ) throws -> Answer {
        let scenario = try given ?? FEVMTestWorld.scenario()
        try scenario.placeContract(address: address, code: code(calling: target, with: kind), balance: proxyBalance)
        let receipt = try scenario.call(address, calldata: input)
        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        let output = try #require(receipt.evmOutput)
        try #require(output.count >= 32)
        let flag = Word.uint(output[0..<32])
        #expect(flag <= 1)
        return Answer(success: flag == 1, output: Array(output[32...]))
    }
}
