import FVMShared
import IPLD
import Testing

@testable import Kernel

/// The error number each syscall family returns to the actor for a bad request.
@Suite struct SyscallErrorNumberTests {
    static let profiles = [NetworkProfile.nv17, .nv18]

    static func number(
        _ profile: NetworkProfile, readOnly: Bool = false,
        _ body: @escaping (DefaultKernel) throws -> Void
    ) throws -> ErrorNumber? {
        try inInvocation(profile, readOnly: readOnly) { kernel in errorNumber { () in try body(kernel) } }
            ?? nil
    }

    @Test(arguments: profiles) func ipldUnknownHandleIsInvalidHandle(profile: NetworkProfile) throws {
        #expect(try Self.number(profile) { kernel in _ = try kernel.blockStat(id: 42) } == .invalidHandle)
    }

    @Test(arguments: profiles) func ipldLinkWithAnotherHashIsIllegalCid(profile: NetworkProfile) throws {
        let number = try Self.number(profile) { kernel in
            let id = try kernel.blockCreate(codec: CID.Codec.dagCBOR, data: [0x80])
            _ = try kernel.blockLink(id: id, hashCode: Multihash.Code.sha2_256, hashLength: 32)
        }
        #expect(number == .illegalCid)
    }

    @Test func ipldRawBlocksAreAnIllegalCodecInV2() throws {
        let number = try Self.number(.nv17) { kernel in
            _ = try kernel.blockCreate(codec: CID.Codec.raw, data: [1])
        }
        #expect(number == .illegalCodec)
    }

    @Test func ipldBlocksAboveOneMebibyteExceedTheLimitInV3() throws {
        let number = try Self.number(.nv18) { kernel in
            _ = try kernel.blockCreate(codec: CID.Codec.raw, data: [UInt8](repeating: 0, count: (1 << 20) + 1))
        }
        #expect(number == .limitExceeded)
    }

    @Test(arguments: profiles) func selfSetRootInReadOnlyCallIsReadOnly(profile: NetworkProfile) throws {
        let number = try Self.number(profile, readOnly: true) { kernel in
            try kernel.setRoot(Machine.emptyArrayCID)
        }
        #expect(number == .readOnly)
    }

    @Test(arguments: profiles) func selfDestructToItselfIsForbidden(profile: NetworkProfile) throws {
        let number = try Self.number(profile) { kernel in
            try kernel.selfDestruct(beneficiary: Address(id: kernel.receiver))
        }
        #expect(number == .forbidden)
    }

    @Test func actorCreationOutsideTheInitActorIsForbiddenInV3() throws {
        let number = try Self.number(.nv18) { kernel in
            try kernel.createActor(code: Fake.code(.multisig), id: 5000, delegatedAddress: nil)
        }
        #expect(number == .forbidden)
    }

    @Test func actorCreationOfASingletonIsForbiddenInV2() throws {
        let number = try Self.number(.nv17) { kernel in
            try kernel.createActor(code: Fake.code(.cron), id: 5000, delegatedAddress: nil)
        }
        #expect(number == .forbidden)
    }

    @Test(arguments: profiles) func sendWithValueInReadOnlyCallIsReadOnly(profile: NetworkProfile) throws {
        let number = try Self.number(profile, readOnly: true) { kernel in
            _ = try kernel.send(
                to: Address(id: Fake.receiver), method: 0, paramsID: 0, value: 1, gasLimit: nil, readOnlyFlag: false)
        }
        #expect(number == .readOnly)
    }

    @Test(arguments: profiles) func cryptoUnknownHashIsIllegalArgument(profile: NetworkProfile) throws {
        let number = try Self.number(profile) { kernel in _ = try kernel.hash(code: 0x7777, data: []) }
        #expect(number == .illegalArgument)
    }

    @Test(arguments: profiles) func cryptoUnknownSignatureTypeIsIllegalArgument(profile: NetworkProfile) throws {
        let number = try Self.number(profile) { kernel in
            _ = try kernel.verifySignature(type: 9, signature: [], signer: Address(id: Fake.sender), plaintext: [])
        }
        #expect(number == .illegalArgument)
    }

    @Test(arguments: profiles) func networkTipsetOutOfRangeIsIllegalArgument(profile: NetworkProfile) throws {
        let number = try Self.number(profile) { kernel in _ = try kernel.tipsetCID(epoch: 1000) }
        #expect(number == .illegalArgument)
    }

    @Test func eventMalformedIsIllegalArgument() throws {
        let number = try Self.number(.nv18) { kernel in try kernel.emitEvent([0x81, 0x01]) }
        #expect(number == .illegalArgument)
    }

    @Test func eventInReadOnlyCallIsReadOnly() throws {
        let number = try Self.number(.nv18, readOnly: true) { kernel in try kernel.emitEvent([0x80]) }
        #expect(number == .readOnly)
    }
}
