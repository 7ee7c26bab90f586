import Actors
import BigInt
import FVMShared
import IPLD

/// Applies explicit (signed, on-chain) messages: validation, execution, fee settlement.
public struct Executor {
    public let machine: Machine

    public init(machine: Machine) { self.machine = machine }

    /// Well-known actors that receive fees.
    static let burntFundsActorID: UInt64 = 99
    static let rewardActorID: UInt64 = 2

    var rules: ExecutionRules { machine.profile.rules }
    var prices: PriceList { machine.profile.priceList }

    /// Applies one message; `rawLength` is its serialised signed length (inclusion gas).
    public func executeExplicit(_ message: Message, rawLength: Int) throws(ExecutorError) -> ApplyResult {
        // msg.check(): a zero or negative limit is not a message at all.
        guard message.gasLimit > 0 else {
            throw .invalidMessage("message gas limit must be positive, got \(message.gasLimit)")
        }
        let inclusion = prices.onChainMessage(length: rawLength)
        let senderID: UInt64
        switch try validate(message, inclusionGas: inclusion.total.roundedUp) {
        case .rejected(let code, let why, let penaltyGas):
            let penalty = machine.context.baseFee * BigInt(penaltyGas)
            return ApplyResult(
                receipt: Receipt(exitCode: code, returnData: [], gasUsed: 0), gasOutputs: nil, failureInfo: why,
                trace: [], penalty: penalty)
        case .accepted(let id):
            senderID = id
        }
        let gas = GasTracker(
            limit: Gas(wholeGas: message.gasLimit), arithmetic: prices.arithmetic, tracing: machine.tracing)
        let cm = try callManager(for: message, senderID: senderID, gas: gas)
        do {
            try gas.charge(inclusion)
        } catch {
            throw .invariant("inclusion charge exceeded the limit after validation")
        }
        let ran = try receipt(of: run(message, from: senderID, in: cm), message: message, gas: gas)
        let outputs = try settleFees(message, gasUsed: ran.receipt.gasUsed, refundTo: senderID)
        var result = ran
        result.receipt.eventsRoot = try eventsRoot(cm.events)
        result.events = cm.events
        result.gasOutputs = outputs
        result.trace = gas.drainTrace()
        result.penalty = outputs.minerPenalty
        return result
    }

    /// Whether the sender may send the message and pay for it.
    private enum Validation {
        case rejected(ExitCode, String, penaltyGas: Int128)
        case accepted(senderID: UInt64)
    }

    /// Resolves and checks the sender (type, nonce, balance); on success takes the gas cost up
    /// front and bumps the nonce.
    private func validate(_ message: Message, inclusionGas: Int128) throws(ExecutorError) -> Validation {
        if inclusionGas > Int128(message.gasLimit) {
            return .rejected(.sysOutOfGas, "out of gas for inclusion", penaltyGas: inclusionGas)
        }
        let limitPenalty = Int128(message.gasLimit)
        let tree = machine.stateTree
        let senderID: UInt64
        var sender: ActorState
        do {
            guard let id = try tree.lookupID(message.from), let actor = try tree.actor(id) else {
                return .rejected(.sysSenderInvalid, "sender \(message.from) not found", penaltyGas: limitPenalty)
            }
            senderID = id
            sender = actor
        } catch {
            throw .state(error, doing: "resolving the sender")
        }
        guard let code = senderCode(sender, message: message) else {
            let kind = machine.manifest.kind(of: sender.code).map { "\($0)" } ?? "non-builtin"
            return .rejected(.sysSenderInvalid, "sender is a \(kind) actor", penaltyGas: limitPenalty)
        }
        sender.code = code
        if message.sequence != sender.nonce {
            let why = "nonce \(message.sequence) != actor nonce \(sender.nonce)"
            return .rejected(.sysSenderStateInvalid, why, penaltyGas: limitPenalty)
        }
        let gasCost = message.gasFeeCap * BigInt(message.gasLimit)
        if sender.balance < gasCost {
            let why = "balance \(sender.balance) below gas cost \(gasCost)"
            return .rejected(.sysSenderStateInvalid, why, penaltyGas: limitPenalty)
        }
        sender.balance -= gasCost
        sender.nonce += 1
        tree.setActor(senderID, sender)
        return .accepted(senderID: senderID)
    }

    /// The code the sender sends with: its own when its kind may send, an ethaccount's for a
    /// placeholder the network promotes, nil when it may not send.
    private func senderCode(_ sender: ActorState, message: Message) -> CID? {
        let kind = machine.manifest.kind(of: sender.code)
        if let kind, rules.validSenderKinds.contains(kind) { return sender.code }
        guard rules.promotesPlaceholderSenders, kind == .placeholder, message.sequence == 0,
            let delegated = sender.delegatedAddress?.delegated, delegated.namespace == CallManager.eamActorID
        else { return nil }
        return machine.manifest.code(of: .ethaccount)
    }

    /// The call manager of the message, with what validation already paid for recorded (v3).
    private func callManager(for message: Message, senderID: UInt64, gas: GasTracker) throws(ExecutorError)
        -> CallManager
    {
        let premium = max(BigInt(0), min(message.gasPremium, message.gasFeeCap - machine.context.baseFee))
        let cm = CallManager(
            machine: machine, gas: gas, origin: senderID, originAddress: message.from,
            nonce: message.sequence, gasPremium: premium)
        if rules.chargesStateAccess {
            let receiverID: UInt64?
            do {
                receiverID = try machine.stateTree.lookupID(message.to)
            } catch {
                throw .state(error, doing: "resolving the receiver")
            }
            cm.seedAccess(origin: senderID, from: message.from, to: message.to, receiver: receiverID)
        }
        return cm
    }

    /// Sends the message in a transaction and charges its return value.
    func run(_ message: Message, from senderID: UInt64, in cm: CallManager)
        -> Result<InvocationResult, ExecutionError>
    {
        let params =
            message.params.isEmpty
            ? nil : IPLDBlock(codec: rules.topLevelParamsCodec.codec(method: message.method), data: message.params)
        let rules = rules
        let prices = prices
        do {
            return .success(
                try cm.withTransaction { () throws(ExecutionError) -> InvocationResult in
                    let result = try cm.send(
                        from: senderID, to: message.to, method: message.method, params: params,
                        value: message.value, gasLimit: nil, readOnly: false)
                    switch rules.returnValueCharge {
                    case .onSuccess:
                        if result.exitCode.isSuccess {
                            try cm.charge(prices.onChainReturnValue(length: result.value?.data.count ?? 0))
                        }
                    case .wheneverPresent:
                        if let value = result.value {
                            try cm.charge(prices.onChainReturnValue(length: value.data.count))
                        }
                    }
                    return result
                })
        } catch {
            return .failure(error)
        }
    }

    /// The receipt (without events root or fees) of how the send ended.
    func receipt(of outcome: Result<InvocationResult, ExecutionError>, message: Message, gas: GasTracker)
        throws(ExecutorError) -> ApplyResult
    {
        var exitCode: ExitCode
        var returnData: [UInt8] = []
        var failureInfo: String? = nil
        var gasUsed = UInt64(gas.receiptGasUsed)
        switch outcome {
        case .success(let result):
            exitCode = result.exitCode
            returnData = result.value?.data ?? []
            if !exitCode.isSuccess { failureInfo = "actor exited with \(exitCode)" }
        case .failure(.outOfGas):
            exitCode = .sysOutOfGas
            failureInfo = "out of gas"
        case .failure(.syscall(let number, let why)):
            switch number {
            case .insufficientFunds: exitCode = .sysInsufficientFunds
            case .notFound: exitCode = .sysInvalidReceiver
            default: exitCode = .sysAssertionFailed
            }
            failureInfo = why
        case .failure(.fatal(.noEngine(let code))):
            throw .noEngine(code: code)
        case .failure(.fatal(let cause)):
            exitCode = .sysAssertionFailed
            gasUsed = UInt64(message.gasLimit)
            failureInfo = "fatal: \(cause)"
        }
        return ApplyResult(
            receipt: Receipt(exitCode: exitCode, returnData: returnData, gasUsed: gasUsed), gasOutputs: nil,
            failureInfo: failureInfo, trace: [], penalty: 0)
    }

    /// Splits the gas cost paid up front between burn, miner and refund, and credits them.
    private func settleFees(_ message: Message, gasUsed: UInt64, refundTo senderID: UInt64) throws(ExecutorError)
        -> GasOutputs
    {
        let outputs = GasOutputs.compute(
            gasUsed: Int64(clamping: gasUsed), gasLimit: message.gasLimit, baseFee: machine.context.baseFee,
            feeCap: message.gasFeeCap, gasPremium: message.gasPremium)
        let credits = [
            (Self.burntFundsActorID, outputs.baseFeeBurn), (Self.rewardActorID, outputs.minerTip),
            (Self.burntFundsActorID, outputs.overEstimationBurn), (senderID, outputs.refund),
        ]
        for (id, amount) in credits where !amount.isZero {
            try credit(id, amount)
        }
        let gasCost = message.gasFeeCap * BigInt(message.gasLimit)
        guard outputs.baseFeeBurn + outputs.minerTip + outputs.overEstimationBurn + outputs.refund == gasCost else {
            throw .invariant("gas outputs do not add up to the gas cost")
        }
        return outputs
    }

    private func credit(_ id: UInt64, _ amount: BigInt) throws(ExecutorError) {
        guard amount.sign != .minus else { throw .invariant("negative fee transfer \(amount) to f0\(id)") }
        let tree = machine.stateTree
        let found: ActorState?
        do {
            found = try tree.actor(id)
        } catch {
            throw .state(error, doing: "fee transfer to f0\(id)")
        }
        guard var actor = found else { throw .invariant("fee recipient f0\(id) is missing") }
        actor.balance += amount
        tree.setActor(id, actor)
    }

    /// Root of the events AMT (blocks are computed, not kept); nil when there are none.
    func eventsRoot(_ events: [StampedEvent]) throws(ExecutorError) -> CID? {
        if events.isEmpty { return nil }
        var values: [[UInt8]] = []
        for e in events {
            var w = CBORWriter()
            w.writeArrayHeader(2)
            w.writeUInt(e.emitter)
            w.writeRaw(e.encodedEntries)
            values.append(w.bytes)
        }
        do {
            return try AMT.build(values: values, store: MemoryBlockstore()).flush()
        } catch {
            throw .invariant("building the events root: \(error)")
        }
    }
}
