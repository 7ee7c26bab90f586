/// Receipt exit codes (system codes below 16, actor codes from 16).
public struct ExitCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let ok = ExitCode(rawValue: 0)
    public static let sysSenderInvalid = ExitCode(rawValue: 1)
    public static let sysSenderStateInvalid = ExitCode(rawValue: 2)
    public static let sysIllegalInstruction = ExitCode(rawValue: 4)
    public static let sysInvalidReceiver = ExitCode(rawValue: 5)
    public static let sysInsufficientFunds = ExitCode(rawValue: 6)
    public static let sysOutOfGas = ExitCode(rawValue: 7)
    public static let sysIllegalExitCode = ExitCode(rawValue: 9)
    public static let sysAssertionFailed = ExitCode(rawValue: 10)
    public static let sysMissingReturn = ExitCode(rawValue: 11)
    public static let firstUserExitCode = ExitCode(rawValue: 16)
    public static let usrIllegalArgument = ExitCode(rawValue: 16)
    public static let usrNotFound = ExitCode(rawValue: 17)
    public static let usrForbidden = ExitCode(rawValue: 18)
    public static let usrInsufficientFunds = ExitCode(rawValue: 19)
    public static let usrIllegalState = ExitCode(rawValue: 20)
    public static let usrSerialization = ExitCode(rawValue: 21)
    public static let usrUnhandledMessage = ExitCode(rawValue: 22)
    public static let usrUnspecified = ExitCode(rawValue: 23)
    public static let usrAssertionFailed = ExitCode(rawValue: 24)
    public static let usrReadOnly = ExitCode(rawValue: 25)

    public var isSuccess: Bool { rawValue == 0 }
    public var description: String { "\(rawValue)" }
}

/// Syscall error numbers returned to actors.
public enum ErrorNumber: UInt32, Error, Sendable {
    case illegalArgument = 1
    case illegalOperation = 2
    case limitExceeded = 3
    case assertionFailed = 4
    case insufficientFunds = 5
    case notFound = 6
    case invalidHandle = 7
    case illegalCid = 8
    case illegalCodec = 9
    case serialization = 10
    case forbidden = 11
    case bufferTooSmall = 12
    case readOnly = 13
}
