/// Which of the two instrumentation passes to run; FVM always runs both.
public struct InstrumentationPasses: OptionSet, Sendable {
    public let rawValue: Int
    /// Creates a set from its raw value.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// The stack limiter.
    public static let stackLimiter = InstrumentationPasses(rawValue: 1)
    /// Gas metering.
    public static let gasMetering = InstrumentationPasses(rawValue: 2)
    /// Both, in FVM order.
    public static let all: InstrumentationPasses = [.stackLimiter, .gasMetering]
}
