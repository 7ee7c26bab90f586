import BigInt
import FVMShared

extension Executor {
    /// Applies a message the network sends itself, as Lotus does to build a genesis state (and for
    /// cron): no signature, nonce or balance validation, no inclusion charge and no fees. Only the
    /// harness's genesis builder uses it; chain messages go through `executeExplicit`.
    public func executeImplicit(_ message: Message) throws(ExecutorError) -> ApplyResult {
        let found: UInt64?
        do {
            found = try machine.stateTree.lookupID(message.from)
        } catch {
            throw .state(error, doing: "resolving the implicit sender")
        }
        guard let senderID = found else { throw .invalidMessage("implicit sender \(message.from) not found") }
        let gas = GasTracker(
            limit: Gas(wholeGas: message.gasLimit), arithmetic: prices.arithmetic, tracing: machine.tracing)
        let cm = CallManager(
            machine: machine, gas: gas, origin: senderID, originAddress: message.from, nonce: message.sequence,
            gasPremium: BigInt(0))
        var result = try receipt(of: run(message, from: senderID, in: cm), message: message, gas: gas)
        result.events = cm.events
        return result
    }
}
