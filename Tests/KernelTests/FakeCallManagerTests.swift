import BigInt
import FVMShared
import IPLD
import Testing

@testable import Kernel

/// A call manager that records what the kernel asks of it and answers from a dictionary of
/// actors; sends return a scripted result.
final class FakeCallManager: CallManagerAPI {
    let machine: Machine
    let gas: GasTracker
    let origin: UInt64 = Fake.sender
    /// A key address, so v2 address derivation needs no account state.
    let originAddress: Address
    let nonce: UInt64 = 7
    let gasPremium = BigInt(3)
    let depth = 1
    var actors: [UInt64: ActorState] = [:]
    var sendResult = InvocationResult(exitCode: .ok)
    private(set) var sends: [(to: Address, method: UInt64, readOnly: Bool, gasLimit: Gas?)] = []
    private(set) var transactions = 0
    private(set) var emitted: [StampedEvent] = []
    private(set) var actorsCreated: UInt64 = 0
    private var addressRequests: UInt64 = 0

    init(_ profile: NetworkProfile) throws {
        machine = try FakeWorld(profile).machine(runner: nil)
        originAddress = try Address(protocol: .secp256k1, payload: [UInt8](repeating: 1, count: 20))
        gas = GasTracker(limit: Gas(wholeGas: 1_000_000_000), arithmetic: profile.priceList.arithmetic)
    }

    func charge(_ charge: GasCharge) throws(ExecutionError) {
        do { try gas.charge(charge) } catch { throw .outOfGas }
    }

    func withTransaction(_ body: () throws(ExecutionError) -> InvocationResult) throws(ExecutionError)
        -> InvocationResult
    {
        transactions += 1
        return try body()
    }

    func getActor(_ id: UInt64) throws(ExecutionError) -> ActorState? { actors[id] }
    func setActor(_ id: UInt64, _ state: ActorState) throws(ExecutionError) { actors[id] = state }
    func deleteActor(_ id: UInt64) throws(ExecutionError) { actors[id] = nil }
    func resolve(_ address: Address) throws(ExecutionError) -> UInt64? { address.id }
    func transfer(from: UInt64, to: UInt64, value: BigInt) throws(ExecutionError) {}

    func send(
        from: UInt64, to: Address, method: UInt64, params: IPLDBlock?, value: BigInt, gasLimit: Gas?,
        readOnly: Bool
    ) throws(ExecutionError) -> InvocationResult {
        sends.append((to, method, readOnly, gasLimit))
        return sendResult
    }

    func emit(_ event: StampedEvent) { emitted.append(event) }

    func takeAddressRequest() -> UInt64 {
        defer { addressRequests += 1 }
        return addressRequests
    }

    func noteActorCreated() { actorsCreated += 1 }
}

/// The kernel over a fake call manager: what each capability asks of the call manager.
@Suite struct FakeCallManagerTests {
    static func kernel(_ profile: NetworkProfile = .nv18, readOnly: Bool = false) throws -> (
        InvocationKernel<FakeCallManager>, FakeCallManager
    ) {
        let cm = try FakeCallManager(profile)
        cm.actors[Fake.receiver] = ActorState(code: Fake.userCode, head: Machine.emptyArrayCID, nonce: 0, balance: 42)
        let kernel = InvocationKernel(
            callManager: cm, caller: Fake.sender, receiver: Fake.receiver, method: 2, valueReceived: 5,
            readOnly: readOnly)
        return (kernel, cm)
    }

    @Test func sendRunsInATransactionAndRegistersTheReturnBlock() throws {
        let (kernel, cm) = try Self.kernel()
        cm.sendResult = InvocationResult(exitCode: .ok, value: IPLDBlock(codec: CID.Codec.dagCBOR, data: [0x80]))
        let sent = try kernel.send(
            to: Address(id: Fake.other), method: 4, paramsID: 0, value: 0, gasLimit: Gas(wholeGas: 10),
            readOnlyFlag: true)
        #expect(cm.transactions == 1)
        #expect(cm.sends.count == 1 && cm.sends[0].method == 4 && cm.sends[0].readOnly)
        #expect(sent.returnID == 1 && sent.returnSize == 1 && sent.returnCodec == CID.Codec.dagCBOR)
    }

    @Test func readOnlyKernelRefusesWritesWithoutAskingTheCallManager() throws {
        let (kernel, cm) = try Self.kernel(readOnly: true)
        #expect(errorNumber { try kernel.setRoot(Machine.emptyArrayCID) } == .readOnly)
        #expect(errorNumber { try kernel.emitEvent([0x80]) } == .readOnly)
        #expect(
            errorNumber {
                _ = try kernel.send(
                    to: Address(id: Fake.other), method: 0, paramsID: 0, value: 1, gasLimit: nil, readOnlyFlag: false)
            } == .readOnly)
        #expect(cm.sends.isEmpty && cm.actors[Fake.receiver]?.head == Machine.emptyArrayCID)
    }

    @Test func messageContextComesFromTheCallManagerAndTheFrame() throws {
        let (kernel, _) = try Self.kernel()
        let context = try kernel.messageContext()
        #expect(context.origin == Fake.sender && context.nonce == 7 && context.gasPremium == 3)
        #expect(context.caller == Fake.sender && context.receiver == Fake.receiver && context.method == 2)
        #expect(context.valueReceived == 5 && !context.readOnly)
    }

    @Test func selfOpsReadAndWriteTheReceiverThroughTheCallManager() throws {
        let (kernel, cm) = try Self.kernel()
        #expect(try kernel.currentBalance() == 42)
        let root = CID(
            codec: CID.Codec.dagCBOR, hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256([1])))
        try kernel.setRoot(root)
        #expect(cm.actors[Fake.receiver]?.head == root)
        #expect(try kernel.root() == root)
    }

    @Test func v2AddressRequestsAdvanceTheCallManagerCounter() throws {
        let (kernel, _) = try Self.kernel(.nv17)
        let first = try kernel.nextActorAddress()
        let second = try kernel.nextActorAddress()
        #expect(first != second && first.proto == .actor)
    }

    @Test func eventsGoToTheCallManager() throws {
        let (kernel, cm) = try Self.kernel()
        try kernel.emitEvent([0x80])
        #expect(cm.emitted == [StampedEvent(emitter: Fake.receiver, encodedEntries: [0x80])])
    }
}
