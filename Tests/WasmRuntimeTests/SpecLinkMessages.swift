/// The one place where the texts of `assert_unlinkable` meet instantiation failures.
///
/// Wasm 1.0 checked that every segment fits before writing any of them, and called a misfit
/// a link error. The bulk-memory proposal, which the FVM turns on, writes segments in order
/// and traps at the first that does not fit; so a misfit is accepted as that trap.
enum SpecLinkMessages {
    enum Expectation: Equatable, Sendable {
        case unknownImport
        case incompatibleImport
        case segmentTrap(SpecTrap)

        func accepts(_ failure: SpecInstantiationFailure) -> Bool {
            switch (self, failure) {
            case (.unknownImport, .unknownImport), (.incompatibleImport, .incompatibleImport): true
            case (.segmentTrap(let expected), .trap(let trap)): expected == trap
            default: false
            }
        }
    }

    static let expectations: [String: Expectation] = [
        "unknown import": .unknownImport,
        "incompatible import type": .incompatibleImport,
        "data segment does not fit": .segmentTrap(.memoryOutOfBounds),
        "elements segment does not fit": .segmentTrap(.tableOutOfBounds),
    ]
}
