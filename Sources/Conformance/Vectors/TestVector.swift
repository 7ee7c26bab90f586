import BigInt
import Foundation
import IPLD
import Kernel

/// A conformance test vector of class `message`, with every field the runner uses.
public struct TestVector: Sendable {
    public var vectorClass: String
    public var selector: [String: String]
    public var meta: Meta?
    /// gzip-compressed CARv1 bytes (still compressed: decompressing is part of running).
    public var car: [UInt8]
    public var preconditions: Preconditions
    public var applyMessages: [ApplyMessage]
    public var postconditions: Postconditions
    public var randomness: [RandomnessRule]

    /// Informational `_meta` block.
    public struct Meta: Sendable {
        public var id: String
        public var version: String?
        public var description: String?
        public var comment: String?
        /// `_meta.gen[].source`: the tools that produced the vector.
        public var generators: [String] = []
    }

    /// One way of running the vector (network version and epoch).
    public struct Variant: Sendable, Equatable {
        public var id: String
        public var epoch: Int64
        public var nv: UInt32
    }

    public struct Preconditions: Sendable {
        public var stateRoot: CID
        public var baseFee: BigInt
        public var circulatingSupply: BigInt
        public var variants: [Variant]
    }

    public struct ApplyMessage: Sendable {
        /// DAG-CBOR of the unsigned message.
        public var bytes: [UInt8]
        /// Read but ignored, as ref-fvm does.
        public var epochOffset: Int64?
    }

    public struct ExpectedReceipt: Sendable, Equatable {
        /// An int64 in the schema (Go's `exitcode.ExitCode`); a negative value can never match.
        public var exitCode: Int64
        public var returnData: [UInt8]
        public var gasUsed: UInt64
    }

    public struct Postconditions: Sendable {
        public var stateRoot: CID
        public var receipts: [ExpectedReceipt]
    }

    /// Default base fee when a vector has none: 100 attoFIL.
    public static let defaultBaseFee = BigInt(100)
    /// Default circulating supply: 2 billion FIL in attoFIL.
    public static let totalFilecoin = BigInt(2_000_000_000) * BigInt(10).power(18)
}

/// One recorded randomness draw, in either encoding the official repository has used.
public enum RandomnessRule: Sendable, Equatable {
    /// Current rules: kind and epoch give a digest, which the kernel hashes with the DST and entropy.
    case digest(kind: RandomnessKind, epoch: Int64, digest: [UInt8])
    /// April-2023 rules: the full request (DST, entropy) and the final value the actor saw.
    case value(kind: RandomnessKind, dst: Int64, epoch: Int64, entropy: [UInt8], value: [UInt8])
}
