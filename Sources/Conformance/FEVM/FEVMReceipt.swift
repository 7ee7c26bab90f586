import FVMShared
import IPLD
import Kernel

/// What one applied message left: the receipt fields a scenario asserts on.
public struct FEVMReceipt: Sendable, Equatable {
    public var exitCode: ExitCode
    /// The receipt's return block as the executor recorded it (DAG-CBOR for EVM and EAM methods).
    public var returnData: [UInt8]
    public var gasUsed: UInt64
    /// Why the message failed, as the executor explained it (nil on success).
    public var failureInfo: String?
    /// Root of the receipt's events AMT; nil when the message emitted none.
    public var eventsRoot: CID?
    /// The events the message emitted, in order (FIP-0049 entries, still encoded).
    public var events: [FEVMEvent]

    public var succeeded: Bool { exitCode.isSuccess }

    /// What an EAM `Create`/`CreateExternal` returns: `[actor_id, robust_address, eth_address]`;
    /// nil when the message failed or returned something else.
    public var createdContract: (actorID: UInt64, address: EthAddress)? {
        guard succeeded else { return nil }
        var r = CBORReader(returnData)
        guard (try? r.readTupleHeader(3, "EAM return")) != nil, let id = try? r.readUInt(), (try? r.readBytes()) != nil,
            let raw = try? r.readBytes(), let address = try? EthAddress(raw), r.isAtEnd
        else { return nil }
        return (id, address)
    }

    /// The EVM output of `InvokeContract`, which the actor returns as one CBOR byte string.
    public var evmOutput: [UInt8]? {
        guard !returnData.isEmpty else { return [] }
        var r = CBORReader(returnData)
        guard let bytes = try? r.readBytes(), r.isAtEnd else { return nil }
        return bytes
    }
}

/// One actor event: the emitting actor and its `[flags, key, codec, value]` entries.
public struct FEVMEvent: Sendable, Equatable {
    public var emitter: UInt64
    /// DAG-CBOR of the entry list.
    public var encodedEntries: [UInt8]
}
