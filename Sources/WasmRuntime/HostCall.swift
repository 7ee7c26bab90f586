/// The arguments and result of one host-function call, and who called it.
///
/// Arguments are read by index; the result is written with `setResult` and copied to the caller
/// when the body returns, so reading arguments after setting the result is fine.
public struct HostCall: ~Copyable {
    let slots: UnsafeMutablePointer<UInt64>
    var result: UInt64 = 0
    /// The calling instance; nil when the host function is invoked directly from Swift.
    /// Not retained: the caller is alive for the whole call.
    public unowned(unsafe) let instance: Instance?

    init(slots: UnsafeMutablePointer<UInt64>, instance: Instance?) {
        self.slots = slots
        self.instance = instance
    }

    /// The caller's memory, if it has one.
    public var memory: Memory? { instance?.memory }

    public func i32(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: slots[i]) }
    public func i64(_ i: Int) -> UInt64 { slots[i] }
    public func f32bits(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: slots[i]) }
    public func f64bits(_ i: Int) -> UInt64 { slots[i] }

    public mutating func setResult(i32 v: UInt32) { result = UInt64(v) }
    public mutating func setResult(i64 v: UInt64) { result = v }
    public mutating func setResult(f32bits v: UInt32) { result = UInt64(v) }
    public mutating func setResult(f64bits v: UInt64) { result = v }
    public mutating func setResult(_ v: Value) { result = v.bits }
}
