import Hashing
import IPLD
import Testing
@testable import FVMCrypto

private func commP(_ seed: UInt8) -> [UInt8] {
    var digest = SHA256.hash([seed])
    digest[31] &= 0x3F
    return digest
}

private func pieceCID(_ commitment: [UInt8]) -> CID {
    CID(
        codec: CID.Codec.filCommitmentUnsealed,
        hash: Multihash(code: Multihash.Code.sha2_256Trunc254Padded, digest: commitment))
}

private func node(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] { UnsealedSectorCommitment.node(a, b) }
private func zero(_ size: UInt64) -> [UInt8] { UnsealedSectorCommitment.zeroRoot(size: size) }

@Suite struct UnsealedSectorCIDTests {
    /// Zero-piece roots published in fvm_shared's `piece/zero.rs` table.
    @Test(arguments: [
        (UInt64(128), "3731bb99ac689f66eef5973e4a94da188f4ddcae580724fc6f3fd60dfd488333"),
        (UInt64(256), "642a607ef886b004bf2c1978463ae1d4693ac0f410eb2d1b7a47fe205e5e750f"),
        (UInt64(2048), "fc7e928296e516faade986b28f92d44a4f24b935485223376a799027bc18f833"),
        (UInt64(2) << 20, "d0b530dbb0b4f25c5d2f2a28dfee808b53412a02931f18c499f5a254086b1326"),
        (UInt64(512) << 20, "39560e7b13a93b07a243fd2720ffa7cb3e1d2e505ab3629e79f46313512cda06"),
        (UInt64(32) << 30, "077e5fde35c50a9303a55009e3498a4ebedff39c42b710b730d8ec7ac7afa63e"),
        (UInt64(64) << 30, "e64005a6bfe3777953b8ad6ef93f0fca1049b2041654f2a411f7702799cece02"),
        (UInt64(2) << 40, "aaaa8c4cb40aacee1e02dc65424b2a6c8e99f803b72f7929c4101d7fae6bff32"),
    ])
    func zeroPieceRoots(size: UInt64, expected: String) {
        #expect(hex(zero(size)) == expected)
    }

    @Test(arguments: [
        (Int64(0), UInt64(2048)), (5, 2048), (2, 512 << 20), (7, 512 << 20), (3, 32 << 30), (8, 32 << 30),
        (4, 64 << 30), (9, 64 << 30),
    ])
    func emptySectorIsTheZeroRoot(proofType: Int64, sectorSize: UInt64) throws {
        let cid = try computeUnsealedSectorCID(proofType: proofType, pieces: [])
        #expect(cid.codec == 0xf101 && cid.hash.code == 0x1012)
        #expect(cid.hash.digest == zero(sectorSize))
    }

    @Test func emptyThirtyTwoGiBSectorCID() throws {
        let cid = try computeUnsealedSectorCID(proofType: 8, pieces: [])
        #expect(cid.description == "baga6ea4seaqao7s73y24kcutaosvacpdjgfe5pw76ooefnyqw4ynr3d2y6x2mpq")
    }

    @Test func fullSizePieceIsItsOwnCommD() throws {
        let p = commP(1)
        let cid = try computeUnsealedSectorCID(
            proofType: 9, pieces: [PieceInfo(paddedSize: 64 << 30, cid: pieceCID(p))])
        #expect(cid == pieceCID(p))
    }

    /// The shapes seen in the corpus: half a sector, and two halves.
    @Test func halfSectorPieces() throws {
        let a = commP(1), b = commP(2)
        let one = try computeUnsealedSectorCID(
            proofType: 8, pieces: [PieceInfo(paddedSize: 16 << 30, cid: pieceCID(a))])
        #expect(one.hash.digest == node(a, zero(16 << 30)))
        let two = try computeUnsealedSectorCID(
            proofType: 9,
            pieces: [
                PieceInfo(paddedSize: 32 << 30, cid: pieceCID(a)), PieceInfo(paddedSize: 32 << 30, cid: pieceCID(b)),
            ])
        #expect(two.hash.digest == node(a, b))
    }

    /// A 128-byte piece followed by a 256-byte one needs a zero piece between them.
    @Test func alignmentPaddingBetweenPieces() throws {
        let a = commP(1), b = commP(2)
        let cid = try computeUnsealedSectorCID(
            proofType: 0,
            pieces: [
                PieceInfo(paddedSize: 128, cid: pieceCID(a)), PieceInfo(paddedSize: 256, cid: pieceCID(b)),
            ])
        let expected = node(node(node(node(a, zero(128)), b), zero(512)), zero(1024))
        #expect(cid.hash.digest == expected)
    }

    /// A larger piece followed by a smaller one: no padding between, filler after.
    @Test func smallerPieceAfterLargerOne() throws {
        let a = commP(1), b = commP(2)
        let cid = try computeUnsealedSectorCID(
            proofType: 5,
            pieces: [
                PieceInfo(paddedSize: 256, cid: pieceCID(a)), PieceInfo(paddedSize: 128, cid: pieceCID(b)),
            ])
        let expected = node(node(node(a, node(b, zero(128))), zero(512)), zero(1024))
        #expect(cid.hash.digest == expected)
    }

    @Test func paddingIsLowestBitFirst() {
        #expect(UnsealedSectorCommitment.alignmentPadding(from: 384, to: 2048) == [128, 512, 1024])
        #expect(UnsealedSectorCommitment.alignmentPadding(from: 0, to: 2048) == [])
        #expect(UnsealedSectorCommitment.alignmentPadding(from: 128, to: 512) == [128, 256])
    }

    @Test(arguments: [Int64(-1), 10, 14, Int64.max])
    func unknownProofType(_ proofType: Int64) {
        #expect(throws: UnsealedSectorCIDError.unknownProofType(proofType)) {
            try computeUnsealedSectorCID(proofType: proofType, pieces: [])
        }
    }

    @Test func invalidPieceCIDs() throws {
        let digest = commP(1)
        let sealed = CID(
            codec: CID.Codec.filCommitmentSealed,
            hash: Multihash(code: Multihash.Code.sha2_256Trunc254Padded, digest: digest))
        let wrongHash = CID(
            codec: CID.Codec.filCommitmentUnsealed, hash: Multihash(code: Multihash.Code.sha2_256, digest: digest))
        let shortDigest = CID(
            codec: CID.Codec.filCommitmentUnsealed,
            hash: Multihash(code: Multihash.Code.sha2_256Trunc254Padded, digest: Array(digest.prefix(31))))
        let cbor = try CID.compute(codec: CID.Codec.dagCBOR, data: [0x80])
        for cid in [sealed, wrongHash, shortDigest, cbor] {
            #expect(throws: UnsealedSectorCIDError.invalidPieceCID(cid)) {
                try computeUnsealedSectorCID(proofType: 0, pieces: [PieceInfo(paddedSize: 2048, cid: cid)])
            }
        }
    }

    @Test(arguments: [UInt64(0), 64, 100, 127, 384, 1000])
    func invalidPieceSizes(size: UInt64) {
        #expect(throws: UnsealedSectorCIDError.invalidPieceSize(size)) {
            try computeUnsealedSectorCID(proofType: 0, pieces: [PieceInfo(paddedSize: size, cid: pieceCID(commP(1)))])
        }
    }

    @Test func piecesMustFitTheSector() {
        let cid = pieceCID(commP(1))
        #expect(throws: UnsealedSectorCIDError.self) {
            try computeUnsealedSectorCID(proofType: 0, pieces: [PieceInfo(paddedSize: 4096, cid: cid)])
        }
        #expect(throws: UnsealedSectorCIDError.self) {
            try computeUnsealedSectorCID(
                proofType: 0, pieces: Array(repeating: PieceInfo(paddedSize: 1024, cid: cid), count: 3))
        }
        // 128 + padding 896 + 1024 = 2048 fits; one more 128 does not.
        #expect(throws: Never.self) {
            try computeUnsealedSectorCID(
                proofType: 0, pieces: [PieceInfo(paddedSize: 128, cid: cid), PieceInfo(paddedSize: 1024, cid: cid)])
        }
        #expect(throws: UnsealedSectorCIDError.self) {
            try computeUnsealedSectorCID(
                proofType: 0,
                pieces: [
                    PieceInfo(paddedSize: 128, cid: cid), PieceInfo(paddedSize: 1024, cid: cid),
                    PieceInfo(paddedSize: 128, cid: cid),
                ])
        }
    }

    /// Sixteen 128-byte pieces fill a 2 KiB sector exactly (the proofs library's piece limit).
    @Test func sixteenSmallestPieces() throws {
        let commitments = (1...16).map { commP(UInt8($0)) }
        let cid = try computeUnsealedSectorCID(
            proofType: 0, pieces: commitments.map { PieceInfo(paddedSize: 128, cid: pieceCID($0)) })
        var level = commitments
        while level.count > 1 { level = stride(from: 0, to: level.count, by: 2).map { node(level[$0], level[$0 + 1]) } }
        #expect(cid.hash.digest == level[0])
    }

    /// CommDs stored by miners in the corpus (nv18 PreCommitSectorBatch: a 16 GiB deal in a
    /// 32 GiB sector; nv17 PreCommitSectorBatch-Ok-1/-2: two 32 GiB deals in a 64 GiB sector).
    @Test(arguments: [
        (
            "8a2c52cd2a295983ec42e149c23ecb8988c95240ef52f118a260f95e6399a71e",
            "c762c9bbc846d5165c9b076bd98afb46958f9404977e79fcf02a3cb77ca70c23"
        ),
        (
            "8a2f658a2b074fe3d6e7c81555eff85a874c0f313695815de2cde993e5b3a71c",
            "5b1ec2b138013e2156f2c137c67f13fb8a7c554f122b2ecf844d7b41cde96c1c"
        ),
        (
            "8a47a5b3e06697bd559bdd52c4d50f33f3fa587b2ed9be47aa7362edc763a72c",
            "32a5d9837387dcf16dfd0989c91d93547b4a890aeec351bbdec8220d00cafd36"
        ),
    ])
    func corpusHalfSectorDeals(commP: String, commD: String) throws {
        let cid = try computeUnsealedSectorCID(
            proofType: 8, pieces: [PieceInfo(paddedSize: 16 << 30, cid: pieceCID(bytes(hex: commP)))])
        #expect(hex(cid.hash.digest) == commD)
    }

    @Test(arguments: [
        (
            "19b94499b5e92437cc7ffdac0d5a8af92c237594caf790674209c2ce3eafa025",
            "555006a90fdca00d6ab8608e4b702df676dc667ebc6ebadad51ad474d9df1512",
            "0fc636e16132b2f52dfb03af2e91eb75e9b8f51d49c7fb60e85e93c9ba683d06"
        ),
        (
            "5bb1787d2950857d2baba18d45d5884b86f4fa9db5b03788d5f9ff2acb616e03",
            "0f879a29dbf337744b10a4749bd51a5724f5d0f67b043b9695836e60f213ce11",
            "a196d56a1c30e36d79add820a367102411288271c1458ec49ee857b0857cbd1a"
        ),
        (
            "7995d057d99e6da8d5d100d365cd3822471f55a6312401263c4db871d405df01",
            "b6d9c9f37ecd6499d6a10675cadb90750f82049fb8cc623f68d5bcc01cf3520f",
            "e01e1714ece5d15748216278c80bde3f751fa361f096e61ca6e5928c9e81cd0e"
        ),
    ])
    func corpusTwoDealsInSixtyFourGiB(first: String, second: String, commD: String) throws {
        let pieces = [first, second].map { PieceInfo(paddedSize: 32 << 30, cid: pieceCID(bytes(hex: $0))) }
        let cid = try computeUnsealedSectorCID(proofType: 9, pieces: pieces)
        #expect(hex(cid.hash.digest) == commD)
    }
}
