import Foundation
import IPLD
import Testing
import TestSupport

/// The vectors' actor HAMTs are partial: only visited paths may be loaded.
@Suite struct HAMTCorpusTests {
    struct Tree {
        let store: MemoryBlockstore
        let stateRoot: [IPLDValue]
        let actorsRoot: CID
        let receiverKey: [UInt8]
    }

    static func open(_ url: URL) throws -> Tree {
        let vector = try Corpus.load(url)
        let store = MemoryBlockstore()
        try CARFile(bytes: try vector.carBytes).load(into: store)
        let root = try #require(vector.root("preconditions"))
        let state = try #require(try store.getValue(root).list)
        let actors = try #require(state[1].cid)
        // Message tuple field 1 is the receiver address bytes (always an ID address here).
        var r = CBORReader(vector.messageBytes[0])
        _ = try r.readArrayHeader()
        _ = try r.readUInt()
        let to = try r.readBytes()
        return Tree(store: store, stateRoot: state, actorsRoot: actors, receiverKey: to)
    }

    static var sample: [URL] { Array(Corpus.files.enumerated().filter { $0.offset % 9 == 0 }.map(\.element)) }

    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func lookupsAndRoundTrips() throws {
        for url in Self.sample {
            let t = try Self.open(url)
            let hamt = try HAMT(root: t.actorsRoot, store: t.store)
            // System (f00), init (f01) and the receiver are reachable.
            #expect(try hamt.get([0x00, 0x00]) != nil, "\(url.lastPathComponent): system actor")
            #expect(try hamt.get([0x00, 0x01]) != nil, "\(url.lastPathComponent): init actor")
            let receiver = try #require(try hamt.get(t.receiverKey), "\(url.lastPathComponent): receiver")
            // Unmodified re-flush keeps the root.
            #expect(try hamt.flush() == t.actorsRoot)
            // Set to another value and back.
            let other = DagCBOR.encode(.array([.unsigned(1)]))
            #expect(try hamt.set(t.receiverKey, other))
            #expect(try hamt.flush() != t.actorsRoot)
            try hamt.set(t.receiverKey, receiver)
            #expect(try hamt.flush() == t.actorsRoot)
            // Delete and re-insert.
            let fresh = try HAMT(root: t.actorsRoot, store: t.store)
            #expect(try fresh.delete(t.receiverKey))
            #expect(try fresh.get(t.receiverKey) == nil)
            #expect(try fresh.flush() != t.actorsRoot)
            try fresh.set(t.receiverKey, receiver)
            #expect(try fresh.flush() == t.actorsRoot)
        }
    }

    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func walkingIntoAnAbsentNodeNamesIt() throws {
        let url = try #require(Corpus.files.first)
        let t = try Self.open(url)
        let hamt = try HAMT(root: t.actorsRoot, store: t.store)
        do {
            try hamt.forEach { _, _ in }
            Issue.record("a full walk of a partial tree must fail")
        } catch let error as IPLDError {
            guard case .blockNotFound(let cid) = error else { Issue.record("unexpected error \(error)"); return }
            #expect(!t.store.has(cid))
            #expect(error.description.contains(cid.description))
        }
    }
}
