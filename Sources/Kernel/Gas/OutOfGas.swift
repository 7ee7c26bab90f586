/// A charge took gas used above the limit; the tracker has already clamped used to the limit.
public struct OutOfGas: Error, Hashable, Sendable {
    /// The charge that ran out.
    public var chargeName: String

    /// An out-of-gas condition raised by `chargeName`.
    public init(chargeName: String) { self.chargeName = chargeName }
}

/// Misuse of a gas tracker's nested limits (upstream treats it as a fatal VM bug).
public enum GasTrackerError: Error, Hashable, Sendable {
    /// `popLimit` without a matching `pushLimit`.
    case noLimitToPop
}
