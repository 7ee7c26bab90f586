/// The EVM instructions the FEVM tests assemble (values from the Ethereum yellow paper; PUSH0 is
/// EIP-3855, which actors v10 implement). PUSH1…PUSH32 are emitted by `EVMAssembler.push`.
enum EVMOpcode: UInt8 {
    case stop = 0x00
    case add = 0x01
    case mul = 0x02
    case sub = 0x03
    case div = 0x04
    case lt = 0x10
    case gt = 0x11
    case eq = 0x14
    case iszero = 0x15
    case and = 0x16
    case not = 0x19
    case shl = 0x1b
    case shr = 0x1c
    case keccak256 = 0x20
    case address = 0x30
    case balance = 0x31
    case origin = 0x32
    case caller = 0x33
    case callvalue = 0x34
    case calldataload = 0x35
    case calldatasize = 0x36
    case calldatacopy = 0x37
    case codesize = 0x38
    case codecopy = 0x39
    case extcodesize = 0x3b
    case returndatasize = 0x3d
    case returndatacopy = 0x3e
    case extcodehash = 0x3f
    case selfbalance = 0x47
    case pop = 0x50
    case mload = 0x51
    case mstore = 0x52
    case mstore8 = 0x53
    case sload = 0x54
    case sstore = 0x55
    case jump = 0x56
    case jumpi = 0x57
    case gas = 0x5a
    case jumpdest = 0x5b
    case push0 = 0x5f
    case push1 = 0x60
    case push2 = 0x61
    case push32 = 0x7f
    case dup1 = 0x80
    case dup2 = 0x81
    case dup3 = 0x82
    case swap1 = 0x90
    case swap2 = 0x91
    case log0 = 0xa0
    case log1 = 0xa1
    case log2 = 0xa2
    case log3 = 0xa3
    case log4 = 0xa4
    case create = 0xf0
    case call = 0xf1
    case `return` = 0xf3
    case delegatecall = 0xf4
    case create2 = 0xf5
    case staticcall = 0xfa
    case revert = 0xfd
    case invalid = 0xfe
    case selfdestruct = 0xff

    /// LOGn for `topics` topics (0…4).
    static func log(topics: Int) -> EVMOpcode {
        precondition((0...4).contains(topics), "LOG takes at most 4 topics")
        return EVMOpcode(rawValue: EVMOpcode.log0.rawValue + UInt8(topics))!
    }
}
