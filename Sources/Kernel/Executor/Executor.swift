import Actors
import BigInt
import FVMShared
import IPLD

/// Why a message could not be applied at all (the runner reports this as a failure).
public struct ExecutorError: Error, CustomStringConvertible {
    public let message: String
    /// The message needed actor code and the machine has no engine to run it.
    public var needsEngine = false

    public init(message: String, needsEngine: Bool = false) {
        self.message = message
        self.needsEngine = needsEngine
    }

    public var description: String { message }
}

/// What applying a message produced.
public struct ApplyResult: Sendable {
    public var receipt: Receipt
    public var gasOutputs: GasOutputs?
    /// Why the actor code failed, for diagnostics (nil on success).
    public var failureInfo: String?
    /// Every gas charge, when the machine traces.
    public var trace: [GasTraceEntry]
    public var penalty: BigInt
}

/// Applies explicit (signed, on-chain) messages: validation, execution, fee settlement.
public struct Executor {
    public let machine: Machine

    public init(machine: Machine) { self.machine = machine }

    /// Well-known actors that receive fees.
    static let burntFundsActorID: UInt64 = 99
    static let rewardActorID: UInt64 = 2

    /// Applies one message; `rawLength` is its serialised signed length (inclusion gas).
    public func executeExplicit(_ message: Message, rawLength: Int) throws(ExecutorError) -> ApplyResult {
        let profile = machine.profile
        let prices = profile.priceList
        let rules = profile.rules
        let tree = machine.stateTree
        let baseFee = machine.context.baseFee

        // msg.check(): a zero or negative limit is not a message at all.
        guard message.gasLimit > 0 else { throw ExecutorError(message: "message gas limit must be positive, got \(message.gasLimit)") }

        let inclusion = prices.onChainMessage(length: rawLength)
        let inclusionTotal = inclusion.total.roundedUp
        func prevalidationFailure(_ code: ExitCode, _ why: String, penaltyGas: Int128) -> ApplyResult {
            ApplyResult(receipt: Receipt(exitCode: code, returnData: [], gasUsed: 0), gasOutputs: nil, failureInfo: why,
                        trace: [], penalty: baseFee * BigInt(penaltyGas))
        }
        if inclusionTotal > Int128(message.gasLimit) {
            return prevalidationFailure(.sysOutOfGas, "out of gas for inclusion", penaltyGas: inclusionTotal)
        }
        let limitPenalty = Int128(message.gasLimit)

        // Sender: resolve, load, check type, nonce and balance; then pay for gas up front.
        let senderID: UInt64
        var sender: ActorState
        do {
            guard let id = try tree.lookupID(message.from), let actor = try tree.actor(id) else {
                return prevalidationFailure(.sysSenderInvalid, "sender \(message.from) not found", penaltyGas: limitPenalty)
            }
            senderID = id
            sender = actor
        } catch {
            throw ExecutorError(message: "resolving the sender: \(error)")
        }
        let senderType = machine.manifest.type(of: sender.code)?.name
        if !rules.validSenderTypes.contains(senderType ?? "") {
            if rules.promotesPlaceholderSenders, senderType == "placeholder", message.sequence == 0,
               let delegated = sender.delegatedAddress?.delegated, delegated.namespace == CallManager.eamActorID,
               let ethAccount = machine.manifest.code(named: "ethaccount") {
                sender.code = ethAccount
            } else {
                return prevalidationFailure(.sysSenderInvalid, "sender is a \(senderType ?? "non-builtin") actor", penaltyGas: limitPenalty)
            }
        }
        if message.sequence != sender.nonce {
            return prevalidationFailure(.sysSenderStateInvalid, "nonce \(message.sequence) != actor nonce \(sender.nonce)", penaltyGas: limitPenalty)
        }
        let gasCost = message.gasFeeCap * BigInt(message.gasLimit)
        if sender.balance < gasCost {
            return prevalidationFailure(.sysSenderStateInvalid, "balance \(sender.balance) below gas cost \(gasCost)", penaltyGas: limitPenalty)
        }
        sender.balance -= gasCost
        sender.nonce += 1
        tree.setActor(senderID, sender)

        // Execution.
        let gas = GasTracker(limit: Gas(wholeGas: message.gasLimit), arithmetic: prices.arithmetic, tracing: machine.tracing)
        let premium = max(BigInt(0), min(message.gasPremium, message.gasFeeCap - baseFee))
        let cm = CallManager(machine: machine, gas: gas, origin: senderID, originAddress: message.from,
                             nonce: message.sequence, gasPremium: premium)
        if rules.chargesStateAccess {
            let receiverID = try? tree.lookupID(message.to)
            cm.seedAccess(origin: senderID, from: message.from, to: message.to, receiver: receiverID ?? nil)
        }
        do {
            try gas.charge(inclusion)
        } catch {
            throw ExecutorError(message: "inclusion charge exceeded the limit after validation")
        }
        let params = message.params.isEmpty ? nil : IPLDBlock(codec: rules.topLevelParamsCodec.codec(method: message.method), data: message.params)
        var outcome: Result<InvocationResult, ExecutionError>
        do {
            outcome = .success(try cm.withTransaction { () throws(ExecutionError) -> InvocationResult in
                let result = try cm.send(from: senderID, to: message.to, method: message.method, params: params,
                                         value: message.value, gasLimit: nil, readOnly: false)
                switch rules.returnValueCharge {
                case .onSuccess:
                    if result.exitCode.isSuccess { try cm.charge(prices.onChainReturnValue(length: result.value?.data.count ?? 0)) }
                case .wheneverPresent:
                    if let value = result.value { try cm.charge(prices.onChainReturnValue(length: value.data.count)) }
                }
                return result
            })
        } catch {
            outcome = .failure(error)
        }

        // Receipt.
        var exitCode: ExitCode
        var returnData: [UInt8] = []
        var failureInfo: String? = nil
        var gasUsed = UInt64(clamping: max(Int128(0), gas.totalUsed.roundedUp))
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
        case .failure(.fatal(let why)):
            if cm.lackedEngine { throw ExecutorError(message: why, needsEngine: true) }
            exitCode = .sysAssertionFailed
            gasUsed = UInt64(message.gasLimit)
            failureInfo = "fatal: \(why)"
        }

        var eventsRoot: CID? = nil
        if !cm.events.isEmpty {
            eventsRoot = try? Self.eventsRoot(cm.events)
        }

        // Fees.
        let outputs = GasOutputs.compute(gasUsed: Int64(clamping: gasUsed), gasLimit: message.gasLimit, baseFee: baseFee,
                                         feeCap: message.gasFeeCap, gasPremium: message.gasPremium)
        let refundTo = senderID
        for (id, amount) in [(Self.burntFundsActorID, outputs.baseFeeBurn), (Self.rewardActorID, outputs.minerTip),
                             (Self.burntFundsActorID, outputs.overEstimationBurn), (refundTo, outputs.refund)] where !amount.isZero {
            guard amount.sign != .minus else { throw ExecutorError(message: "negative fee transfer \(amount) to f0\(id)") }
            do {
                guard var actor = try tree.actor(id) else { throw ExecutorError(message: "fee recipient f0\(id) is missing") }
                actor.balance += amount
                tree.setActor(id, actor)
            } catch let e as ExecutorError {
                throw e
            } catch {
                throw ExecutorError(message: "fee transfer to f0\(id): \(error)")
            }
        }
        guard outputs.baseFeeBurn + outputs.minerTip + outputs.overEstimationBurn + outputs.refund == gasCost else {
            throw ExecutorError(message: "gas outputs do not add up to the gas cost")
        }
        return ApplyResult(receipt: Receipt(exitCode: exitCode, returnData: returnData, gasUsed: gasUsed, eventsRoot: eventsRoot),
                           gasOutputs: outputs, failureInfo: failureInfo, trace: gas.drainTrace(), penalty: outputs.minerPenalty)
    }

    /// Root of the events AMT (blocks are computed, not kept).
    static func eventsRoot(_ events: [StampedEvent]) throws -> CID {
        var values: [[UInt8]] = []
        for e in events {
            var w = CBORWriter()
            w.writeArrayHeader(2)
            w.writeUInt(e.emitter)
            w.writeRaw(e.encodedEntries)
            values.append(w.bytes)
        }
        return try AMT.build(values: values, store: MemoryBlockstore()).flush()
    }
}
