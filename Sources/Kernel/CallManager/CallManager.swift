import Actors
import BigInt
import FVMShared
import IPLD

/// Runs the sends of one message: transfers, actor creation, call depth, transactions, gas.
public final class CallManager: CallManagerAPI {
    public let machine: Machine
    public let gas: GasTracker
    /// Sender of the top-level message, by ID.
    public let origin: UInt64
    /// `msg.from` exactly as written.
    public let originAddress: Address
    /// Sequence of the top-level message.
    public let nonce: UInt64
    /// Effective gas premium of the message (v3 message context).
    public let gasPremium: BigInt
    public private(set) var depth = 0
    /// v3: actors created by `create_actor` (not reverted by transactions).
    public private(set) var actorsCreated: UInt64 = 0
    /// v2: robust-address requests so far (not reverted by transactions).
    private var addressRequests: UInt64 = 0
    var accessTracker: StateAccessTracker?
    /// v3 events emitted so far, with transaction marks.
    public private(set) var events: [StampedEvent] = []
    private var eventMarks: [Int] = []

    var profile: NetworkProfile { machine.profile }
    var rules: ExecutionRules { machine.profile.rules }
    var prices: PriceList { machine.profile.priceList }
    var stateTree: StateTree { machine.stateTree }

    init(machine: Machine, gas: GasTracker, origin: UInt64, originAddress: Address, nonce: UInt64, gasPremium: BigInt) {
        self.machine = machine
        self.gas = gas
        self.origin = origin
        self.originAddress = originAddress
        self.nonce = nonce
        self.gasPremium = gasPremium
        if machine.profile.rules.chargesStateAccess {
            accessTracker = StateAccessTracker(preloaded: machine.profile.priceList.preloadedActors)
        }
    }

    // MARK: - Gas

    /// Charges gas; running out unwinds the invocation.
    public func charge(_ charge: GasCharge) throws(ExecutionError) {
        do {
            try gas.charge(charge)
        } catch {
            throw .outOfGas
        }
    }

    // MARK: - Transactions

    /// Runs `body` in a state transaction, reverted when it throws or returns a non-zero exit code.
    public func withTransaction(_ body: () throws(ExecutionError) -> InvocationResult) throws(ExecutionError)
        -> InvocationResult
    {
        stateTree.beginTransaction()
        accessTracker?.begin()
        eventMarks.append(events.count)
        var revert = true
        defer {
            stateTree.endTransaction(revert: revert)
            accessTracker?.end(revert: revert)
            let mark = eventMarks.removeLast()
            if revert { events.removeSubrange(mark...) }
        }
        let result = try body()
        revert = !result.exitCode.isSuccess
        return result
    }

    // MARK: - State access (charged in v3)

    /// Reads an actor, charging the first lookup of the message (v3).
    public func getActor(_ id: UInt64) throws(ExecutionError) -> ActorState? {
        if accessTracker != nil {
            if accessTracker!.access(id) == nil { try charge(prices.onActorLookup()) }
            accessTracker!.record(id, .read)
        }
        do {
            return try stateTree.actor(id)
        } catch {
            throw .state(error)
        }
    }

    /// Writes an actor, charging the first lookup and the first update of the message (v3).
    public func setActor(_ id: UInt64, _ state: ActorState) throws(ExecutionError) {
        try chargeUpdate(id)
        stateTree.setActor(id, state)
    }

    /// Deletes an actor, charged like a write (v3).
    public func deleteActor(_ id: UInt64) throws(ExecutionError) {
        try chargeUpdate(id)
        stateTree.deleteActor(id)
    }

    private func chargeUpdate(_ id: UInt64) throws(ExecutionError) {
        guard accessTracker != nil else { return }
        let current = accessTracker!.access(id)
        if current == nil { try charge(prices.onActorLookup()) }
        if current != .updated { try charge(prices.onActorUpdate()) }
        accessTracker!.record(id, .updated)
    }

    /// Resolves an address to an ID (ID addresses resolve to themselves without a check).
    public func resolve(_ address: Address) throws(ExecutionError) -> UInt64? {
        if let id = address.id { return id }
        if accessTracker != nil, !accessTracker!.isLookedUp(address) {
            try charge(prices.onResolveAddress())
        }
        let id: UInt64?
        do {
            id = try stateTree.lookupID(address)
        } catch {
            throw .state(error)
        }
        if id != nil { accessTracker?.recordLookup(address) }
        return id
    }

    /// Records the state the executor already paid for (v3): origin updated, addresses and receiver known.
    func seedAccess(origin: UInt64, from: Address, to: Address, receiver: UInt64?) {
        accessTracker?.record(origin, .updated)
        accessTracker?.recordLookup(from)
        accessTracker?.recordLookup(to)
        if let receiver { accessTracker?.record(receiver, .read) }
    }

    // MARK: - Sends

    /// Sends a message from actor `from`: depth check, optional gas limit, resolution or
    /// auto-creation of the receiver, transfer, invocation.
    public func send(
        from: UInt64, to: Address, method: UInt64, params: IPLDBlock?, value: BigInt,
        gasLimit: Gas?, readOnly: Bool
    ) throws(ExecutionError) -> InvocationResult {
        if let gasLimit { gas.pushLimit(gasLimit) }
        var result: Result<InvocationResult, ExecutionError>
        if depth >= rules.maxCallDepth {
            result = .failure(.syscall(.limitExceeded, "call depth exceeded"))
        } else {
            depth += 1
            do {
                result = .success(
                    try sendUnchecked(
                        from: from, to: to, method: method, params: params, value: value, readOnly: readOnly))
            } catch {
                result = .failure(error)
            }
            depth -= 1
        }
        if gasLimit != nil {
            do {
                try gas.popLimit()
            } catch {
                throw .fatal(.invariant("gas limit stack underflow"))
            }
            if case .failure(.outOfGas) = result, gas.available > .zero {
                result = .success(InvocationResult(exitCode: .sysOutOfGas))
            }
        }
        return try result.get()
    }

    private func sendUnchecked(
        from: UInt64, to: Address, method: UInt64, params: IPLDBlock?, value: BigInt,
        readOnly: Bool
    ) throws(ExecutionError) -> InvocationResult {
        let toID: UInt64
        if let id = try resolve(to) {
            toID = id
        } else {
            switch to.proto {
            case .secp256k1, .bls:
                if readOnly { throw .syscall(.readOnly, "cannot create an account in a read-only call") }
                toID = try createAccountActor(to)
            case .delegated where rules.createsPlaceholders && to.delegated?.namespace == Self.eamActorID:
                if readOnly { throw .syscall(.readOnly, "cannot create a placeholder in a read-only call") }
                toID = try createPlaceholderActor(to)
            default:
                throw .syscall(.notFound, "actor does not exist: \(to)")
            }
        }
        return try sendResolved(from: from, to: toID, method: method, params: params, value: value, readOnly: readOnly)
    }

    /// The EAM actor's ID, the namespace of f4 addresses that get placeholders.
    static let eamActorID: UInt64 = 10
    static let systemActorID: UInt64 = 0

    func sendResolved(
        from: UInt64, to: UInt64, method: UInt64, params: IPLDBlock?, value: BigInt,
        readOnly: Bool
    ) throws(ExecutionError) -> InvocationResult {
        guard let receiver = try getActor(to) else { throw .syscall(.notFound, "actor f0\(to) does not exist") }
        guard let observer = machine.callObserver else {
            return try deliver(
                to: receiver, from: from, id: to, method: method, params: params, value: value,
                readOnly: readOnly)
        }
        observer.invocationStarted(
            from: from, to: to, code: receiver.code, method: method, value: value,
            gasUsed: gas.totalUsed)
        do {
            let result = try deliver(
                to: receiver, from: from, id: to, method: method, params: params, value: value,
                readOnly: readOnly)
            observer.invocationEnded(.success(result.exitCode), gasUsed: gas.totalUsed)
            return result
        } catch {
            observer.invocationEnded(.failure(error), gasUsed: gas.totalUsed)
            throw error
        }
    }

    /// Charges for the send, transfers the value and runs the method (method 0 only transfers).
    private func deliver(
        to receiver: ActorState, from: UInt64, id to: UInt64, method: UInt64, params: IPLDBlock?,
        value: BigInt, readOnly: Bool
    ) throws(ExecutionError) -> InvocationResult {
        switch rules.sendOrder {
        case .chargeThenTransfer:
            try charge(prices.onMethodInvocation(valueIsZero: value.isZero, method: method))
            if !value.isZero { try transfer(from: from, to: to, value: value) }
            if method == 0 { return InvocationResult(exitCode: .ok) }
        case .transferThenCharge:
            if !value.isZero {
                try charge(prices.onValueTransfer())
                try transfer(from: from, to: to, value: value)
            }
            if method == 0 { return InvocationResult(exitCode: .ok) }
            try charge(prices.onMethodInvocation())
        }
        return try invoke(
            code: receiver.code, from: from, to: to, method: method, params: params, value: value, readOnly: readOnly)
    }

    /// Moves `value` between actors (v3 charges the accesses).
    public func transfer(from: UInt64, to: UInt64, value: BigInt) throws(ExecutionError) {
        guard value.sign != .minus else { throw .syscall(.illegalArgument, "negative transfer") }
        guard var sender = try getActor(from) else {
            throw .syscall(.insufficientFunds, "sender f0\(from) does not exist")
        }
        guard sender.balance >= value else {
            throw .syscall(.insufficientFunds, "sender f0\(from) has \(sender.balance), needs \(value)")
        }
        if from == to { return }
        guard var receiver = try getActor(to) else { throw .syscall(.notFound, "receiver f0\(to) does not exist") }
        sender.balance -= value
        receiver.balance += value
        try setActor(from, sender)
        try setActor(to, receiver)
    }

    // MARK: - Actor creation

    /// The BLS address whose key is the point at infinity; upstream refuses to create it.
    static let blsZeroPayload: [UInt8] = [0xc0] + [UInt8](repeating: 0, count: 47)

    private func createAccountActor(_ address: Address) throws(ExecutionError) -> UInt64 {
        let isBLSZero = address.proto == .bls && address.payload == Self.blsZeroPayload
        if rules.checksBLSZeroBeforeCharge, isBLSZero {
            throw .syscall(.illegalArgument, "cannot create the BLS zero address")
        }
        try charge(prices.onCreateActor(newAddress: true))
        if !rules.checksBLSZeroBeforeCharge, isBLSZero {
            throw .syscall(.illegalArgument, "cannot create the BLS zero address")
        }
        guard let accountCode = machine.manifest.code(of: .account) else {
            throw .fatal(.invariant("manifest has no account actor"))
        }
        let id = try register(address)
        try putNewActor(id, ActorState(code: accountCode, head: Machine.emptyArrayCID, nonce: 0, balance: 0))
        var w = CBORWriter()
        w.writeAddress(address)
        let params = IPLDBlock(codec: rules.accountConstructorCodec, data: w.bytes)
        _ = try sendResolved(from: Self.systemActorID, to: id, method: 1, params: params, value: 0, readOnly: false)
        return id
    }

    private func createPlaceholderActor(_ address: Address) throws(ExecutionError) -> UInt64 {
        try charge(prices.onCreateActor(newAddress: true))
        guard let code = machine.manifest.code(of: .placeholder) else {
            throw .fatal(.invariant("manifest has no placeholder actor"))
        }
        let id = try register(address)
        try putNewActor(
            id, ActorState(code: code, head: Machine.emptyArrayCID, nonce: 0, balance: 0, delegatedAddress: address))
        return id
    }

    private func register(_ address: Address) throws(ExecutionError) -> UInt64 {
        let id: UInt64
        do {
            id = try stateTree.registerNewAddress(address)
        } catch {
            throw .state(error)
        }
        accessTracker?.recordLookup(address)
        return id
    }

    /// v2 writes new actors straight into the tree; v3 goes through the access tracker.
    private func putNewActor(_ id: UInt64, _ state: ActorState) throws(ExecutionError) {
        if accessTracker != nil { try setActor(id, state) } else { stateTree.setActor(id, state) }
    }

    // MARK: - Invocation

    private func invoke(
        code: CID, from: UInt64, to: UInt64, method: UInt64, params: IPLDBlock?, value: BigInt,
        readOnly: Bool
    ) throws(ExecutionError) -> InvocationResult {
        guard let runner = machine.runner else { throw .fatal(.noEngine(code: code)) }
        let kernel = InvocationKernel(
            callManager: self, caller: from, receiver: to, method: method,
            valueReceived: value, readOnly: readOnly)
        var paramsID: UInt32 = 0
        if let params { paramsID = try kernel.blocks.put(params) }
        let savedFrame = gas.traceFrame
        gas.traceFrame = GasTraceFrame(depth: depth, actorID: to, method: method)
        defer { gas.traceFrame = savedFrame }
        let outcome = try runner.invoke(code: code, paramsID: paramsID, kernel: kernel)
        switch outcome {
        case .returned(let blockID):
            if blockID == 0 { return InvocationResult(exitCode: .ok) }
            // A handle the actor never opened is its own bug, reported in the exit code.
            guard kernel.blocks.contains(blockID) else { return InvocationResult(exitCode: .sysMissingReturn) }
            return InvocationResult(exitCode: .ok, value: try kernel.blocks.get(blockID))
        case .exited(let code, let blockID, _):
            switch rules.exitSemantics {
            case .abort:
                return InvocationResult(
                    exitCode: code < ExitCode.firstUserExitCode.rawValue
                        ? .sysIllegalExitCode : ExitCode(rawValue: code))
            case .exit:
                let exitCode =
                    code != 0 && code < ExitCode.firstUserExitCode.rawValue
                    ? ExitCode.sysIllegalExitCode : ExitCode(rawValue: code)
                if blockID == 0 { return InvocationResult(exitCode: exitCode) }
                guard kernel.blocks.contains(blockID) else {
                    throw .fatal(.invariant("exit with unknown block \(blockID)"))
                }
                return InvocationResult(exitCode: exitCode, value: try kernel.blocks.get(blockID))
            }
        case .trapped:
            return InvocationResult(exitCode: .sysIllegalInstruction)
        case .instantiationFailed(let why):
            if rules.chargesWasmInit { return InvocationResult(exitCode: .sysIllegalInstruction) }
            throw .fatal(.actorCode(code, "cannot instantiate: \(why)"))
        }
    }

    // MARK: - Events and counters

    public func emit(_ event: StampedEvent) { events.append(event) }

    public func takeAddressRequest() -> UInt64 {
        defer { addressRequests += 1 }
        return addressRequests
    }

    public func noteActorCreated() { actorsCreated += 1 }
}
