/// The kernel's gas tracker as the engine sees it; amounts are in milligas.
public protocol ExecutionGasTracker: AnyObject {
    /// Gas left (limit − used), written into the Wasm gas global at every sync.
    var availableMilligas: Int64 { get }
    /// Charges Wasm execution gas (`"wasm_exec"`); returns false when that runs out of gas.
    func chargeExecution(milligas: Int64) -> Bool
}
