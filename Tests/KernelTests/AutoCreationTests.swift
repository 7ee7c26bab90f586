import Actors
import BigInt
import FVMShared
import IPLD
import Testing

@testable import Kernel

/// Sends to addresses with no actor: key addresses get an account, EAM f4 addresses a
/// placeholder (v3), anything else is not found.
@Suite struct AutoCreationTests {
    static let profiles = [NetworkProfile.nv17, .nv18]
    static let f1 = try! Address(protocol: .secp256k1, payload: [UInt8](repeating: 9, count: 20))
    static let eamF4 = try! Address(protocol: .delegated, payload: [10] + [UInt8](repeating: 4, count: 20))
    static let otherF4 = try! Address(protocol: .delegated, payload: [32] + [UInt8](repeating: 4, count: 20))

    static func message(to address: Address, value: BigInt = 1) -> Message {
        var m = Message.fake(method: 0, value: value)
        m.to = address
        return m
    }

    @Test(arguments: profiles) func keyAddressGetsAnAccountAndItsConstructor(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(Self.message(to: Self.f1, value: 7))
        #expect(result.receipt.exitCode == .ok)
        let id = try #require(try harness.machine.stateTree.lookupID(Self.f1))
        #expect(id == 1000)
        #expect(try harness.actor(id)?.code == Fake.code(.account))
        #expect(try harness.balance(id) == 7)
        let constructor = try #require(harness.runner.invocations.first)
        #expect(constructor.receiver == id && constructor.method == 1 && constructor.caller == 0)
    }

    @Test func eamAddressGetsAPlaceholderWithoutConstructorInV3() throws {
        let harness = try Harness(.nv18)
        let result = try harness.apply(Self.message(to: Self.eamF4))
        #expect(result.receipt.exitCode == .ok)
        let id = try #require(try harness.machine.stateTree.lookupID(Self.eamF4))
        let actor = try #require(try harness.actor(id))
        #expect(actor.code == Fake.code(.placeholder))
        #expect(actor.delegatedAddress == Self.eamF4)
        #expect(harness.runner.invocations.isEmpty)
    }

    @Test func eamAddressIsNotFoundInV2() throws {
        let harness = try Harness(.nv17)
        let result = try harness.apply(Self.message(to: Self.eamF4))
        #expect(result.receipt.exitCode == .sysInvalidReceiver)
        #expect(try harness.machine.stateTree.lookupID(Self.eamF4) == nil)
    }

    @Test func f4OutsideTheEAMNamespaceIsNotFound() throws {
        let result = try Harness(.nv18).apply(Self.message(to: Self.otherF4))
        #expect(result.receipt.exitCode == .sysInvalidReceiver)
    }

    @Test(arguments: profiles) func readOnlyCallsCannotCreateAccounts(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        var refused: ErrorNumber? = nil
        _ = try harness.apply(.fake()) { kernel in
            refused = errorNumber { () in
                _ = try kernel.send(to: Self.f1, method: 0, paramsID: 0, value: 0, gasLimit: nil, readOnlyFlag: true)
            }
            return .returned(blockID: 0)
        }
        #expect(refused == .readOnly)
        #expect(try harness.machine.stateTree.lookupID(Self.f1) == nil)
    }

    @Test(arguments: profiles) func theBLSZeroAddressIsRefused(profile: NetworkProfile) throws {
        let zero = try Address(protocol: .bls, payload: CallManager.blsZeroPayload)
        let harness = try Harness(profile)
        var refused: ErrorNumber? = nil
        _ = try harness.apply(.fake()) { kernel in
            refused = errorNumber { () in
                _ = try kernel.send(to: zero, method: 0, paramsID: 0, value: 0, gasLimit: nil, readOnlyFlag: false)
            }
            return .returned(blockID: 0)
        }
        #expect(refused == .illegalArgument)
    }
}
