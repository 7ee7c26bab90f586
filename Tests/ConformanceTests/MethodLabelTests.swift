import Actors
import Conformance
import Testing

/// Method labels in call trees: numbers that differ between releases, FRC-42 numbers, unknowns.
@Suite struct MethodLabelTests {
    @Test func numbersShiftedBetweenReleasesGetEachReleasesName() {
        #expect(MethodNames.name(of: 21, on: .storageminer, version: .v9) == "ConfirmUpdateWorkerKey")
        #expect(MethodNames.name(of: 21, on: .storageminer, version: .v10) == "ConfirmChangeWorkerAddress")
        #expect(MethodNames.name(of: 3, on: .account, version: .v9) == "AuthenticateMessage")
        #expect(MethodNames.name(of: 3, on: .account, version: .v10) == nil)
        #expect(MethodNames.name(of: 14, on: .datacap, version: .v9) == "Transfer")
        #expect(MethodNames.name(of: 14, on: .datacap, version: .v10) == nil)
    }

    @Test func exportedMethodsUseTheirFRC42Numbers() {
        #expect(MethodNames.name(of: 3_844_450_837, on: .evm, version: .v10) == "InvokeContract")
        #expect(MethodNames.name(of: 3_726_118_371, on: .multisig, version: .v9) == "UniversalReceiverHook")
        #expect(MethodNames.name(of: 1_173_380_165, on: .storagepower, version: .v10) == "CreateMinerExported")
        #expect(MethodNames.name(of: 1_173_380_165, on: .storagepower, version: .v9) == nil)
    }

    @Test func sendIsMethodZeroEverywhereAndUnknownsKeepTheirNumber() {
        for kind in ActorKind.allCases {
            #expect(MethodNames.name(of: 0, on: kind, version: .v10) == "Send")
        }
        #expect(MethodNames.label(of: 6, on: .storageminer, version: .v9) == "PreCommitSector(6)")
        #expect(MethodNames.label(of: 99, on: .storageminer, version: .v9) == "method 99")
        #expect(MethodNames.label(of: 2, on: nil, version: .v10) == "method 2")
        #expect(MethodNames.name(of: 2, on: .eam, version: .v9) == nil)
    }

    @Test func manifestNamesMapToKinds() {
        #expect(ActorKind(rawValue: "storageminer") == .storageminer)
        #expect(ActorKind(rawValue: "verifiedregistry")?.shortName == "verifreg")
        #expect(ActorKind.allCases.count == 16)
    }
}
