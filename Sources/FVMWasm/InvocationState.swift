import WasmRuntime

/// State host functions reach while an invocation runs.
final class InvocationState {
    var gas: GasCounterSync?
    var context: AnyObject?
    var memory: Memory?
}
