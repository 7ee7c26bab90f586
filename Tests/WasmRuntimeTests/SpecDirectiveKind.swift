import WAT

/// The kinds of script directive the report counts separately.
enum SpecDirectiveKind: String, CaseIterable, Sendable {
    case module
    case register
    case invoke
    case assertReturn = "assert_return"
    case assertTrap = "assert_trap"
    case assertExhaustion = "assert_exhaustion"
    case assertInvalid = "assert_invalid"
    case assertMalformed = "assert_malformed"
    case assertUnlinkable = "assert_unlinkable"
    /// A directive of a kind outside Wasm 1.0's scripts, such as `assert_exception`.
    case unsupported
    /// A directive the WAT library could not read at all, so its kind is unknown.
    case unparsed
}

extension SpecDirectiveKind {
    init(_ directive: WASTDirective) {
        switch directive {
        case .module: self = .module
        case .register: self = .register
        case .invoke: self = .invoke
        case .assertReturn: self = .assertReturn
        case .assertTrap: self = .assertTrap
        case .assertExhaustion: self = .assertExhaustion
        case .assertInvalid: self = .assertInvalid
        case .assertMalformed: self = .assertMalformed
        case .assertUnlinkable: self = .assertUnlinkable
        case .moduleInstance, .assertException, .assertFuel, .assertOutOfFuel: self = .unsupported
        }
    }
}
