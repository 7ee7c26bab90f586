import Actors
import BigInt
import FVMShared
import IPLD

/// The syscalls of one actor invocation (one call frame). It provides every capability of
/// `SyscallKernel`, one family per extension file, over the call manager of its message.
///
/// Generic over the call manager rather than holding a protocol existential, so each syscall
/// calls the concrete call manager directly (the production kernel is `DefaultKernel`).
public final class InvocationKernel<CM: CallManagerAPI> {
    public let callManager: CM
    public let caller: UInt64
    public let receiver: UInt64
    public let method: UInt64
    public let valueReceived: BigInt
    public let readOnly: Bool
    public var blocks: BlockRegistry

    public init(
        callManager: CM, caller: UInt64, receiver: UInt64, method: UInt64, valueReceived: BigInt, readOnly: Bool
    ) {
        self.callManager = callManager
        self.caller = caller
        self.receiver = receiver
        self.method = method
        self.valueReceived = valueReceived
        self.readOnly = readOnly
        blocks = BlockRegistry(allowedCodecs: callManager.machine.profile.rules.allowedBlockCodecs)
    }

    public var machine: CM.MachineType { callManager.machine }
    public var profile: NetworkProfile { callManager.machine.profile }
    var rules: ExecutionRules { profile.rules }
    public var prices: PriceList { profile.priceList }
    public var gas: GasTracker { callManager.gas }

    func requireWritable(_ what: String) throws(ExecutionError) {
        if readOnly { throw .syscall(.readOnly, "\(what) in a read-only call") }
    }
}
