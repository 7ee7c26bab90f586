/// A price of the form `flat + scale × n`.
public struct ScalingCost: Hashable, Sendable {
    /// Charged once.
    public var flat: Gas
    /// Charged per unit.
    public var scale: Gas

    /// `flat + scale × n`.
    public init(flat: Gas = .zero, scale: Gas = .zero) {
        self.flat = flat
        self.scale = scale
    }

    /// A price that does not depend on `n`.
    public static func fixed(_ gas: Gas) -> ScalingCost { ScalingCost(flat: gas) }

    /// No charge.
    public static let zero = ScalingCost()

    /// The price for `n` units.
    public func apply(_ n: some BinaryInteger) -> Gas { flat + scale * n }
}

/// A price split into a compute and an "other" part, each scaling with the same argument.
///
/// Used where v2 books a charge as compute and v3 as other gas (extern-backed charges), so
/// that traces keep the upstream split.
public struct SplitCost: Hashable, Sendable {
    /// Booked as compute gas.
    public var compute: ScalingCost
    /// Booked as other gas.
    public var other: ScalingCost

    /// A price with both parts.
    public init(compute: ScalingCost = .zero, other: ScalingCost = .zero) {
        self.compute = compute
        self.other = other
    }
}

/// A step function: the cost of the last step whose `start` is at most `n`, or zero below the
/// first step (aggregate seal verification).
public struct StepCost: Hashable, Sendable {
    /// One step: from `start` units on, the cost is `cost`.
    public struct Step: Hashable, Sendable {
        /// First unit count this step applies to.
        public var start: UInt64
        /// Cost from `start` on.
        public var cost: Gas

        /// A step starting at `start` units.
        public init(start: UInt64, cost: Gas) {
            self.start = start
            self.cost = cost
        }
    }

    /// Steps in increasing `start` order.
    public var steps: [Step]

    /// A step function over `steps` (sorted by `start`).
    public init(_ steps: [Step]) { self.steps = steps }

    /// The cost at `n` units.
    public func lookup(_ n: UInt64) -> Gas {
        steps.last { $0.start <= n }?.cost ?? .zero
    }
}
