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

    /// The actors version a network version runs, nil when no table is known for it.
    public init?(networkVersion: Int) {
        guard let nv = UInt32(exactly: networkVersion), let profile = NetworkProfile.forVersion(nv) else { return nil }
        self.init(profile: profile)
    }

    public static func < (lhs: ActorsVersion, rhs: ActorsVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
