import Testing
@testable import BLS12381

/// The client deal signature carried by the nv17 vector
/// ext-0001-fil_9_storagemarket-PublishStorageDeals-Ok-2 (mainnet message
/// bafy2bzaceau2faxgderh7hnnit5merpll3ye5pqbt2gfusadrgy6xinof4zvc), as printed by
/// scripts/bls/extract_nv17_deal.py: f3 client key, CBOR deal proposal, BLS signature.
@Suite struct FilecoinVectorTests {
    static let pk = hexBytes(
        "8010fade39d1ae4b8bec15532ba0ac908a8b7c5fc94f1643fe4f484e1c41a9b660cde407ec6cff4a5244965b276768ed")
    static let msg = hexBytes(
        "8bd82a5828000181e203922020c433ec75be4267eb932519502a80d2a914e9aa743f01edc8eb29c4f7fc9f381b1b0000000400000000f55831038010fade39d1ae4b8bec15532ba0ac908a8b7c5fc94f1643fe4f484e1c41a9b660cde407ec6cff4a5244965b276768ed4400f9ce52782e516d5a4b72556e3278756671466f384e346e56506f6562777431755246374c71476944355a6d3968323157755a731a002b06da1a003ecd5a40480013e2263f3450a140"
    )
    static let sig = hexBytes(
        "b301e0a625f9dd7ca10826c1d93e4483feded69ea61999c7d3cf6a945936e44f852c09900c194e77993b478279b7b311000b5166807be82556e55e0398002d95c473960e7132ff17d8c016341511f71df0996a25e75d82a08d5aa416ce95f47e"
    )

    @Test func mainnetDealSignatureVerifies() throws {
        #expect(try BLS.verify(signature: Self.sig, publicKey: Self.pk, message: Self.msg))
        var tampered = Self.msg
        tampered[tampered.count - 2] ^= 1
        #expect(try !BLS.verify(signature: Self.sig, publicKey: Self.pk, message: tampered))
        #expect(try BLS.aggregateVerify(signature: Self.sig, publicKeys: [Self.pk], messages: [Self.msg]))
    }
}
