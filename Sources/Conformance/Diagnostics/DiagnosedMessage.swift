import FVMShared
import Kernel

/// One message of a diagnosed vector: what was sent, what came back, what was expected, and how.
public struct DiagnosedMessage: Sendable {
    public var index: Int
    public var message: Message
    public var receipt: Receipt
    public var expected: TestVector.ExpectedReceipt
    /// Why the message failed, when it did.
    public var failureInfo: String?
    /// Top-level invocations (normally one: the message's own send).
    public var calls: [CallNode]
    /// Every gas charge, in order.
    public var trace: [GasTraceEntry]

    /// Exit code, return data and gas used all match the vector.
    public var receiptMatches: Bool {
        Int64(receipt.exitCode.rawValue) == expected.exitCode && receipt.returnData == expected.returnData
            && receipt.gasUsed == expected.gasUsed
    }
}
