/// The post-MVP proposals the runtime accepts; everything else is rejected at decode or validation.
public struct Features: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let signExtension = Features(rawValue: 1 << 0)
    public static let saturatingFloatToInt = Features(rawValue: 1 << 1)
    public static let bulkMemory = Features(rawValue: 1 << 2)
    public static let mutableGlobals = Features(rawValue: 1 << 3)

    /// What the Filecoin VM enables.
    public static let fvm: Features = [
        .signExtension, .saturatingFloatToInt, .bulkMemory, .mutableGlobals,
    ]
}
