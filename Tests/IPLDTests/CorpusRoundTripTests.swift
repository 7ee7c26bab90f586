import Foundation
import IPLD
import Testing
import TestSupport

/// Every block of every official vector CAR must decode and re-encode to the same bytes and CID.
@Suite struct CorpusRoundTripTests {
    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func everyCARBlockRoundTrips() throws {
        var blocks = 0
        var cbor = 0
        for url in Corpus.files {
            let vector = try Corpus.load(url)
            let car = try CARFile(bytes: try vector.carBytes)
            #expect(car.roots.count == 2, "\(vector.id): expected [pre, post] roots")
            for (cid, data) in car.blocks {
                blocks += 1
                #expect(cid.codec == CID.Codec.dagCBOR, "\(vector.id): block \(cid) is not DAG-CBOR")
                let value = try DagCBOR.decode(data)
                let encoded = DagCBOR.encode(value)
                #expect(encoded == data, "\(vector.id): block \(cid) re-encodes differently")
                #expect(try CID.compute(codec: cid.codec, data: encoded) == cid)
                #expect(try CID(string: cid.description) == cid)
                cbor += 1
            }
        }
        print("CAR round-trip: \(blocks) blocks checked in \(Corpus.files.count) vectors")
        #expect(blocks == 42_412, "the corpus holds 42,412 blocks")
        #expect(cbor == blocks)
    }
}
