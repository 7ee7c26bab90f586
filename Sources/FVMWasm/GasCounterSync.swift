import WasmRuntime

/// The per-invocation link between the Wasm gas global and the kernel's tracker.
struct GasCounterSync {
    let global: Global
    let tracker: ExecutionGasTracker
    let mode: ExecutionGasSync
    var lastAvailable: Int64 = 0

    /// The gas global's current value (milligas; negative once a charge has failed).
    var counter: Int64 {
        if case .i64(let v) = global.value { return Int64(bitPattern: v) }
        return 0
    }

    /// `updateGasAvailable`: G := tracker.available.
    mutating func updateGasAvailable() {
        let available = tracker.availableMilligas
        global.value = .i64(UInt64(bitPattern: available))
        lastAvailable = available
    }

    /// `chargeForExec`: moves the gas Wasm spent since the last sync into the tracker.
    /// Returns false on out of gas.
    mutating func chargeForExec() -> Bool {
        let g = counter
        let used: Int64
        switch mode {
        case .fvmV2:
            used =
                lastAvailable.subtractingReportingOverflow(g).overflow
                ? (g < 0 ? Int64.max : Int64.min) : lastAvailable - g
            lastAvailable = g
        case .fvmV3:
            if g < 0 {
                let (v, o) = lastAvailable.addingReportingOverflow(g.magnitude > UInt64(Int64.max) ? Int64.max : -g)
                used = o ? Int64.max : v
            } else {
                used = max(lastAvailable - g, 0)
            }
        }
        return tracker.chargeExecution(milligas: used)
    }
}
