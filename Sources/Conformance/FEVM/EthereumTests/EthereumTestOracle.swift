import BigInt
import Kernel

/// Runs Ethereum VM tests on the FEVM and compares the storage every contract ends with.
///
/// Each case gets a fresh scenario: accounts with code become EVM contracts with that code,
/// storage, nonce and balance at their own Ethereum addresses (so a CALL to the 20-byte address
/// reaches them through the init actor's f410 map); accounts without code become ethaccounts.
/// The block's transaction is sent from the sender's f410 address. Balances and gas differ from
/// Ethereum by design (Filecoin gas), storage written by computation must not.
public struct EthereumTestOracle: Sendable {
    public let base: FEVMBaseState
    public let engines: WasmEngines
    /// The Filecoin gas limit of the transaction: the block limit, since Ethereum gas means nothing here.
    public var gasLimit: Int64 = FEVMScenario.defaultGasLimit

    /// EIP-4788's beacon-roots contract: block processing writes to it before the transaction.
    public static let beaconRoots = EthAddress(constant: [
        0x00, 0x0f, 0x3d, 0xf6, 0xd7, 0x32, 0x80, 0x7e, 0xf1, 0x31, 0x9f, 0xb7, 0xb8, 0xbb, 0x85, 0x22, 0xd0, 0xbe,
        0xac, 0x02,
    ])

    public init(base: FEVMBaseState, engines: WasmEngines = FEVMScenario.sharedEngines) {
        self.base = base
        self.engines = engines
    }

    /// The result of one parsed case.
    public func run(_ c: EthereumTestCase, file: String) -> EthereumTestResult {
        let deviations = dependencies(of: c)
        if let first = deviations.first {
            let found = deviations.map { "\($0.rawValue)" }.joined(separator: ", ")
            return EthereumTestResult(
                file: file, name: c.name, status: .skip, reason: "\(first.reason) [\(found)]", deviations: deviations)
        }
        do {
            let world = try execute(c)
            let differences = try EthereumPostStateCheck(testCase: c, world: world).differences()
            if differences.isEmpty { return EthereumTestResult(file: file, name: c.name, status: .pass) }
            let outcome = "transaction exit \(world.receipt.exitCode.rawValue), gas \(world.receipt.gasUsed)"
            let detail = differences.prefix(8).joined(separator: "; ")
            return EthereumTestResult(file: file, name: c.name, status: .fail, reason: "\(detail) (\(outcome))")
        } catch {
            return EthereumTestResult(file: file, name: c.name, status: .error, reason: "\(error)")
        }
    }

    /// The deviations the case depends on, sorted.
    func dependencies(of c: EthereumTestCase) -> [EthereumTestDeviation] {
        EthereumTestDeviation.dependencies(of: c, excluding: [Self.beaconRoots])
    }

    /// The case's world after its transaction.
    func execute(_ c: EthereumTestCase) throws(FEVMError) -> EthereumWorld {
        let scenario = try FEVMScenario(base: base, runner: WasmActorRunner(engine: engines.engine(for: base.profile)))
        let reserve = BigInt(gasLimit) * base.context.baseFee
        for (address, account) in c.pre.sorted(by: { $0.key < $1.key }) {
            if account.code.isEmpty {
                let funds = account.balance + (address == c.transaction.sender ? reserve : 0)
                let id = try scenario.fundEthAccount(address, balance: funds)
                try scenario.setNonce(id, account.nonce)
            } else {
                try scenario.placeContract(
                    address: address, code: account.code, storage: account.storage, nonce: account.nonce,
                    balance: account.balance)
            }
        }
        let tx = c.transaction
        let receipt = try scenario.invoke(
            from: tx.sender, to: tx.to, calldata: tx.data, value: tx.value, gasLimit: gasLimit)
        return EthereumWorld(scenario: scenario, receipt: receipt)
    }
}

/// A scenario after the case's transaction, with its receipt.
struct EthereumWorld {
    let scenario: FEVMScenario
    let receipt: FEVMReceipt
}
