import Conformance
import FVMCrypto

/// Where CREATE and CREATE2 put a contract, by the Ethereum formulas (the EAM applies the same
/// ones): keccak256(rlp([sender, nonce]))[12:] and keccak256(0xff ‖ sender ‖ salt ‖ keccak256(initcode))[12:].
enum ContractAddress {
    static func create(sender: EthAddress, nonce: UInt64) -> EthAddress {
        let payload = rlpString(sender.bytes) + rlpString(bigEndian(nonce))
        precondition(payload.count < 56, "a short RLP list")
        return lastTwenty(Keccak256.hash([0xc0 + UInt8(payload.count)] + payload))
    }

    static func create2(sender: EthAddress, salt: [UInt8], initcode: [UInt8]) -> EthAddress {
        precondition(salt.count == 32, "a salt is one word")
        return lastTwenty(Keccak256.hash([0xff] + sender.bytes + salt + Keccak256.hash(initcode)))
    }

    /// RLP of a byte string shorter than 56 bytes: one byte below 0x80 stands for itself.
    private static func rlpString(_ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count < 56, "a short RLP string")
        if bytes.count == 1, bytes[0] < 0x80 { return bytes }
        return [0x80 + UInt8(bytes.count)] + bytes
    }

    /// An integer as RLP sees it: big-endian without leading zeros (zero is the empty string).
    private static func bigEndian(_ value: UInt64) -> [UInt8] {
        Array(stride(from: 56, through: 0, by: -8).map { UInt8((value >> UInt64($0)) & 0xff) }.drop { $0 == 0 })
    }

    private static func lastTwenty(_ hash: [UInt8]) -> EthAddress { try! EthAddress(Array(hash[12...])) }
}
