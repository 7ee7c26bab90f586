/// Actor events (v3).
public protocol EventOps {
    /// Records an event given as its encoded entries, after validating and charging it.
    func emitEvent(_ encoded: [UInt8]) throws(ExecutionError)
}
