import Kernel

/// A release line of the builtin actors whose method numbers this harness knows.
///
/// Method tables differ between releases (numbers are added, a few are renamed), so a name is only
/// given for a network version whose actors version is known here.
public enum ActorsVersion: Int, Comparable, Sendable, CaseIterable {
    /// Actors v9: network version 17 (Shark).
    case v9 = 9
    /// Actors v10: network version 18 (Hygge), the first with exported (FRC-42) method numbers.
    case v10 = 10
    /// Actors v11: network versions 19 (Lightning) and 20 (Thunder); the method tables listed here
    /// are v10's.
    case v11 = 11

    /// The newest release here: a method without an end release is in every release up to it.
    public static let newest = ActorsVersion.allCases.max()!

    /// The actors version a network version runs, nil when no table is known for it.
    public init?(networkVersion: Int) {
        guard let nv = UInt32(exactly: networkVersion), let profile = NetworkProfile.forVersion(nv) else { return nil }
        self.init(profile: profile)
    }

    public static func < (lhs: ActorsVersion, rhs: ActorsVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
