import BigInt
import Conformance
import Foundation
import IPLD
import Kernel
import Testing
import TestSupport

/// The FEVM scenario builder against the real v10 EVM actor, and the Ethereum-test oracle on one
/// small file. Needs the official corpus (for the nv18 base state) and the v10 bundle.
@Suite(.serialized) struct FEVMScenarioTests {
    static let runnable = Corpus.vectorsPresent && Corpus.bundlesPresent
    static let skipReason: Comment = Corpus.vectorsPresent ? Corpus.bundlesMissing : Corpus.vectorsMissing

    static func scenario() throws -> FEVMScenario {
        let dir = try #require(Corpus.directory)
        let bundles = Corpus.bundle("v10.tar.zst")?.deletingLastPathComponent().path
        let base = try FEVMBaseState.load(corpus: dir.path, bundlesDirectory: bundles)
        return try FEVMScenario(base: base)
    }

    static let alice = try! EthAddress(hex: "0x1111111111111111111111111111111111111111")
    static let contract = try! EthAddress(hex: "0x2222222222222222222222222222222222222222")
    /// Enough for the up-front gas cost of a 10-billion gas limit at the base state's base fee.
    static let funds = BigInt(10).power(22)

    static func bytes(_ hex: String) -> [UInt8] {
        stride(from: 0, to: hex.count, by: 2).map {
            let i = hex.index(hex.startIndex, offsetBy: $0)
            return UInt8(hex[i..<hex.index(i, offsetBy: 2)], radix: 16)!
        }
    }

    /// A contract placed by the builder is the contract the EAM deploys: same bytecode block,
    /// same storage KAMT root, when the init code stores the same slots.
    @Test(.enabled(if: runnable, skipReason)) func placedContractMatchesAnEAMDeployment() throws {
        let s = try Self.scenario()
        try s.fundEthAccount(Self.alice, balance: Self.funds)
        // SSTORE 0x2a at 0, 7 at 1, 5 at 0x10000; return the runtime `60005460005260206000f3`.
        let initcode = Self.bytes("602a600055600760015560056201000055" + "6a60005460005260206000f3600052600b6015f3")
        let receipt = try s.createExternal(from: Self.alice, initcode: initcode)
        #expect(receipt.succeeded, "\(receipt.failureInfo ?? "")")
        let deployed = try #require(receipt.createdContract).address
        let actual = try s.contractState(of: deployed)
        let storage = [EVMWord(0): EVMWord(0x2a), EVMWord(1): EVMWord(7), EVMWord(0x10000): EVMWord(5)]
        let placed = EVMContractState.make(
            code: Self.bytes("60005460005260206000f3"), storage: storage, nonce: actual.nonce, store: s.machine.store)
        #expect(placed == actual)
        #expect(try s.storage(of: deployed) == storage)
    }

    /// Storage written by one message is read by the next; the sender's nonce advances.
    @Test(.enabled(if: runnable, skipReason)) func storagePersistsAcrossMessages() throws {
        let s = try Self.scenario()
        try s.fundEthAccount(Self.alice, balance: Self.funds)
        // slot 0 += 1
        try s.placeContract(address: Self.contract, code: Self.bytes("60005460010160005500"))
        for _ in 0..<2 {
            let receipt = try s.invoke(from: Self.alice, to: Self.contract, calldata: [])
            #expect(receipt.succeeded, "\(receipt.failureInfo ?? "")")
        }
        #expect(try s.storage(of: Self.contract) == [EVMWord(0): EVMWord(2)])
        #expect(try s.actor(at: Self.alice).nonce == 2)
    }

    /// The EVM output comes back unframed, and a LOG1 is an event of the receipt.
    @Test(.enabled(if: runnable, skipReason)) func invokeReturnsOutputAndEvents() throws {
        let s = try Self.scenario()
        try s.fundEthAccount(Self.alice, balance: Self.funds)
        // mem[0] = 0x2a; LOG1(topic 7, mem[0..32]); return mem[0..32]
        try s.placeContract(address: Self.contract, code: Self.bytes("602a600052600760206000a160206000f3"))
        let receipt = try s.invoke(from: Self.alice, to: Self.contract, calldata: [1, 2, 3])
        #expect(receipt.succeeded, "\(receipt.failureInfo ?? "")")
        #expect(receipt.evmOutput == EVMWord(0x2a).bytes)
        #expect(receipt.events.count == 1)
        #expect(receipt.eventsRoot != nil)
    }

    /// Value sent to an Ethereum address nobody uses leaves a placeholder holding it.
    @Test(.enabled(if: runnable, skipReason)) func valueSendCreatesAPlaceholder() throws {
        let s = try Self.scenario()
        try s.fundEthAccount(Self.alice, balance: Self.funds)
        let stranger = try EthAddress(hex: "0x3333333333333333333333333333333333333333")
        #expect(try s.actorID(of: stranger) == nil)
        let receipt = try s.send(from: Self.alice, to: stranger, value: 5)
        #expect(receipt.succeeded, "\(receipt.failureInfo ?? "")")
        #expect(try s.kind(of: stranger) == .placeholder)
        #expect(try s.balance(of: stranger) == 5)
    }

    /// A placeholder may send its first message (FIP-0055): it becomes an ethaccount.
    @Test(.enabled(if: runnable, skipReason)) func placeholderSenderBecomesAnEthAccount() throws {
        let s = try Self.scenario()
        try s.placePlaceholder(Self.alice, balance: Self.funds)
        try s.placeContract(address: Self.contract, code: Self.bytes("60005460010160005500"))
        let receipt = try s.invoke(from: Self.alice, to: Self.contract, calldata: [])
        #expect(receipt.succeeded, "\(receipt.failureInfo ?? "")")
        #expect(try s.kind(of: Self.alice) == .ethaccount)
        #expect(try s.storage(of: Self.contract) == [EVMWord(0): EVMWord(1)])
    }

    /// The oracle on one Ethereum test file: every case passes.
    @Test(.enabled(if: runnable && ethereumTests != nil, "ethereum-tests or the corpus/bundles are missing"))
    func ethereumTestFilePasses() throws {
        let file = try #require(Self.ethereumTests).appendingPathComponent("vmArithmeticTest/add.json")
        let dir = try #require(Corpus.directory)
        let bundles = Corpus.bundle("v10.tar.zst")?.deletingLastPathComponent().path
        let oracle = EthereumTestOracle(
            base: try FEVMBaseState.load(corpus: dir.path, bundlesDirectory: bundles))
        let results = try EthereumTestSuite.run(paths: [file.path], oracle: oracle, jobs: 1)
        #expect(results.count == 5)
        #expect(results.allSatisfy { $0.status == .pass }, "\(results.map(\.reason))")
    }

    static let ethereumTests: URL? = {
        let dir = Corpus.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/ethereum-tests/VMTests")
        return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
    }()
}
