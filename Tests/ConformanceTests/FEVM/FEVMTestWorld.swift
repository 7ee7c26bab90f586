import BigInt
import Conformance
import FVMShared
import Foundation
import Kernel
import TestSupport
import Testing

/// The nv18 base state and Wasm engines every FEVM functional test shares (loading the bundle and
/// preparing the EVM actor's module is the slow part, so it happens once), and a fresh scenario
/// per test with one funded Ethereum sender.
enum FEVMTestWorld {
    static let runnable = Corpus.vectorsPresent && Corpus.bundlesPresent
    static let skipReason: Comment = Corpus.vectorsPresent ? Corpus.bundlesMissing : Corpus.vectorsMissing

    static let base: Result<FEVMBaseState, any Error> = Result {
        guard let corpus = Corpus.directory else { throw FEVMError.baseStateUnavailable("no corpus") }
        let bundles = Corpus.bundle("v10.tar.zst")?.deletingLastPathComponent().path
        return try FEVMBaseState.load(corpus: corpus.path, bundlesDirectory: bundles)
    }

    static let engines = WasmEngines()

    /// The externally owned account that sends every test's messages.
    static let sender = try! EthAddress(hex: "0x5e4de45e4de45e4de45e4de45e4de45e4de45e4d")
    /// Enough for any test's gas (each message reserves gas limit × base fee up front) and values.
    static let senderBalance = BigInt(10).power(21)

    /// A scenario over the base state with the sender funded.
    static func scenario() throws -> FEVMScenario {
        let base = try base.get()
        let scenario = try FEVMScenario(base: base, runner: WasmActorRunner(engine: engines.engine(for: base.profile)))
        try scenario.fundEthAccount(sender, balance: senderBalance)
        return scenario
    }

    /// A scenario with one contract running `code` at `address`.
    static func scenario(contract code: [UInt8], at address: EthAddress, balance: BigInt = 0) throws -> FEVMScenario {
        let scenario = try scenario()
        try scenario.placeContract(address: address, code: code, balance: balance)
        return scenario
    }

    /// The contract addresses tests place code at (outside the precompile ranges).
    static func contract(_ n: UInt8) -> EthAddress {
        try! EthAddress([0xc0, 0xde] + [UInt8](repeating: 0, count: 17) + [n])
    }
}

extension FEVMScenario {
    /// `InvokeContract` from the test sender.
    func call(_ to: EthAddress, calldata: [UInt8] = [], value: BigInt = 0, gasLimit: Int64 = defaultGasLimit) throws
        -> FEVMReceipt
    {
        try invoke(from: FEVMTestWorld.sender, to: to, calldata: calldata, value: value, gasLimit: gasLimit)
    }

    /// One storage slot (zero when unset).
    func slot(_ key: Int, of address: EthAddress) throws -> EVMWord {
        try storage(of: address)[EVMWord(UInt64(key))] ?? .zero
    }
}

/// 32-byte words as call data and return data carry them.
enum Word {
    static func of(_ value: UInt64) -> [UInt8] { EVMWord(value).bytes }

    static func of(_ address: EthAddress) -> [UInt8] { [UInt8](repeating: 0, count: 12) + address.bytes }

    static func of(big value: BigUInt) -> [UInt8] {
        let raw = [UInt8](value.serialize())
        precondition(raw.count <= 32, "more than 256 bits")
        return [UInt8](repeating: 0, count: 32 - raw.count) + raw
    }

    static func uint(_ bytes: some Collection<UInt8>) -> BigUInt { BigUInt(Data(bytes)) }
}

extension FEVMReceipt {
    /// The receipt in one line, for assertion messages.
    var summary: String { "exit \(exitCode.rawValue), \(failureInfo ?? "no failure info")" }
}
