import BigInt
import FVMShared
import IPLD
import Testing

@testable import Kernel

/// The state tree's own transactions: nested layers, revert and commit, what flush refuses.
@Suite struct StateTreeTransactionTests {
    static func tree() throws -> (StateTree, CID) {
        let world = try FakeWorld(.nv18)
        let profile = world.profile
        let tree = try StateTree(
            root: world.root, store: world.store, versions: profile.stateTreeVersions, format: profile.actorStateFormat)
        return (tree, world.root)
    }

    static func rich(_ state: ActorState) -> ActorState {
        var s = state
        s.balance += 1
        return s
    }

    @Test func revertRestoresAWrittenActor() throws {
        let (tree, root) = try Self.tree()
        let before = try #require(try tree.actor(Fake.receiver))
        tree.beginTransaction()
        tree.setActor(Fake.receiver, Self.rich(before))
        tree.endTransaction(revert: true)
        #expect(try tree.actor(Fake.receiver) == before)
        #expect(try tree.flush() == root)
    }

    @Test func commitKeepsAWrittenActor() throws {
        let (tree, root) = try Self.tree()
        let before = try #require(try tree.actor(Fake.receiver))
        tree.beginTransaction()
        tree.setActor(Fake.receiver, Self.rich(before))
        tree.endTransaction(revert: false)
        #expect(try tree.actor(Fake.receiver)?.balance == before.balance + 1)
        #expect(try tree.flush() != root)
    }

    @Test func revertingTheInnerLayerKeepsTheOuter() throws {
        let (tree, _) = try Self.tree()
        let receiver = try #require(try tree.actor(Fake.receiver))
        let other = try #require(try tree.actor(Fake.other))
        tree.beginTransaction()
        tree.setActor(Fake.receiver, Self.rich(receiver))
        tree.beginTransaction()
        tree.setActor(Fake.other, Self.rich(other))
        tree.setActor(Fake.receiver, Self.rich(Self.rich(receiver)))
        tree.endTransaction(revert: true)
        tree.endTransaction(revert: false)
        #expect(try tree.actor(Fake.receiver)?.balance == receiver.balance + 1)
        #expect(try tree.actor(Fake.other) == other)
    }

    @Test func revertingTheOuterLayerUndoesACommittedInner() throws {
        let (tree, root) = try Self.tree()
        let other = try #require(try tree.actor(Fake.other))
        tree.beginTransaction()
        tree.beginTransaction()
        tree.setActor(Fake.other, Self.rich(other))
        tree.endTransaction(revert: false)
        tree.endTransaction(revert: true)
        #expect(try tree.actor(Fake.other) == other)
        #expect(try tree.flush() == root)
    }

    @Test func revertBringsBackADeletedActor() throws {
        let (tree, _) = try Self.tree()
        let before = try tree.actor(Fake.other)
        tree.beginTransaction()
        tree.deleteActor(Fake.other)
        #expect(try tree.actor(Fake.other) == nil)
        tree.endTransaction(revert: true)
        #expect(try tree.actor(Fake.other) == before)
    }

    @Test func revertForgetsARegisteredAddress() throws {
        let (tree, _) = try Self.tree()
        let address = try Address(protocol: .secp256k1, payload: [UInt8](repeating: 3, count: 20))
        tree.beginTransaction()
        let id = try tree.registerNewAddress(address)
        #expect(try tree.lookupID(address) == id)
        tree.endTransaction(revert: true)
        #expect(try tree.lookupID(address) == nil)
        // The init actor's counter was reverted too: the next registration gets the same ID.
        #expect(try tree.registerNewAddress(address) == id)
    }

    @Test func flushInsideATransactionIsRefused() throws {
        let (tree, _) = try Self.tree()
        tree.beginTransaction()
        #expect(throws: StateTreeError.self) { try tree.flush() }
        tree.endTransaction(revert: true)
        #expect(throws: Never.self) { try tree.flush() }
    }
}
