/// One method of a builtin actor: its name, how its number is obtained, and the releases having it.
public struct BuiltinMethod: Sendable, Equatable {
    /// How the method's number is defined.
    public enum Number: Sendable, Equatable {
        /// A classic number, fixed by the actor's method table.
        case classic(UInt64)
        /// An exported number: the FRC-42 hash of this name.
        case exported(hashOf: String)
    }

    /// The name the builtin actors give the method (`PreCommitSector`, `AddBalanceExported`, ...).
    public let name: String
    public let number: Number
    /// Releases that have this method.
    public let versions: ClosedRange<ActorsVersion>

    /// A classic method, in every release from `since` to `until`.
    public static func classic(
        _ number: UInt64, _ name: String, since: ActorsVersion = .v9, until: ActorsVersion = .newest
    ) -> BuiltinMethod {
        BuiltinMethod(name: name, number: .classic(number), versions: since...until)
    }

    /// An exported twin of a classic method (`NameExported`, numbered by the FRC-42 hash of `Name`).
    public static func exported(_ name: String, since: ActorsVersion = .v10) -> BuiltinMethod {
        BuiltinMethod(name: name + "Exported", number: .exported(hashOf: name), versions: since...ActorsVersion.newest)
    }

    /// A method whose name differs from the one hashed into its number.
    public static func hashed(
        _ name: String, of hashed: String, since: ActorsVersion = .v9, until: ActorsVersion = .newest
    ) -> BuiltinMethod {
        BuiltinMethod(name: name, number: .exported(hashOf: hashed), versions: since...until)
    }

    /// The method number (nil only for a hash that never leaves the reserved range).
    public var value: UInt64? {
        switch number {
        case .classic(let n): n
        case .exported(let name): FRC42MethodHash.number(of: name)
        }
    }
}
