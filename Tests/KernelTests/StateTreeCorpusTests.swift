import Actors
import Foundation
import FVMShared
import IPLD
import Kernel
import Testing
import TestSupport

@Suite struct StateTreeCorpusTests {
    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func sendersAndReceiversResolve() throws {
        for url in Corpus.files.enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
            let vector = try Corpus.load(url)
            let profile = try #require(NetworkProfile.forVersion(UInt32(vector.nv)))
            let store = MemoryBlockstore()
            try CARFile(bytes: try vector.carBytes).load(into: store)
            let root = try #require(vector.root("preconditions"))
            let tree = try StateTree(
                root: root, store: store, versions: profile.stateTreeVersions, format: profile.actorStateFormat)
            let message = try Message(cbor: vector.messageBytes[0])
            let system = try #require(try tree.actor(StateTree.systemActorID))
            let manifest = try Manifest(systemActorHead: system.head, store: store)
            try manifest.require(profile.requiredActors)
            let senderID = try #require(try tree.lookupID(message.from), "\(vector.id): sender")
            let sender = try #require(try tree.actor(senderID))
            #expect(manifest.type(of: sender.code)?.name == "account", "\(vector.id): sender is an account")
            let receiverID = try #require(message.to.id)
            let receiver = try #require(try tree.actor(receiverID))
            #expect(manifest.type(of: receiver.code) != nil)
            // Writing an actor back unchanged keeps the root.
            tree.setActor(senderID, sender)
            #expect(try tree.flush() == root)
        }
    }

    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func wrongVersionIsRejected() throws {
        let url = try #require(Corpus.files.first)
        let vector = try Corpus.load(url)
        let store = MemoryBlockstore()
        try CARFile(bytes: try vector.carBytes).load(into: store)
        let root = try #require(vector.root("preconditions"))
        let other = vector.nv == 17 ? NetworkProfile.nv18 : NetworkProfile.nv17
        #expect(throws: StateTreeError.self) {
            try StateTree(root: root, store: store, versions: other.stateTreeVersions, format: other.actorStateFormat)
        }
    }
}
