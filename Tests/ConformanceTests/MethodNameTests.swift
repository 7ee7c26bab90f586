import Actors
import Foundation
import Testing

@testable import Conformance

/// Method numbers are named per actor type and actors version; unknown numbers stay numbers.
@Suite struct MethodNameTests {
    @Test func exportedNumbersAreTheFRC42HashesOfTheirNames() {
        // Published numbers of the builtin actors: the receiver hook, message authentication, EVM invoke.
        #expect(FRC42MethodHash.number(of: "Receive") == 3_726_118_371)
        #expect(FRC42MethodHash.number(of: "AuthenticateMessage") == 2_643_134_072)
        #expect(FRC42MethodHash.number(of: "InvokeEVM") == 3_844_450_837)
    }

    @Test func namesDependOnActorTypeAndVersion() {
        #expect(MethodNames.label(actor: "storageminer", method: 6, nv: 17) == "PreCommitSector")
        #expect(MethodNames.label(actor: "storagemarket", method: 4, nv: 18) == "PublishStorageDeals")
        #expect(MethodNames.label(actor: "storageminer", method: 21, nv: 17) == "ConfirmUpdateWorkerKey")
        #expect(MethodNames.label(actor: "storageminer", method: 21, nv: 18) == "ConfirmChangeWorkerAddress")
        #expect(MethodNames.label(actor: "datacap", method: 2, nv: 17) == "Mint")
        #expect(MethodNames.label(actor: "datacap", method: 2, nv: 18) == "2")
        #expect(MethodNames.label(actor: "evm", method: 3_844_450_837, nv: 18) == "InvokeContract")
        #expect(MethodNames.label(actor: "account", method: 2_643_134_072, nv: 18) == "AuthenticateMessageExported")
        #expect(MethodNames.label(actor: "multisig", method: 0, nv: 17) == "Send")
    }

    @Test func unknownNumbersActorsAndVersionsStayNumbers() {
        #expect(MethodNames.label(actor: "storageminer", method: 999, nv: 18) == "999")
        #expect(MethodNames.label(actor: "storageminer", method: 6, nv: 16) == "6")
        #expect(MethodNames.label(actor: "non-builtin", method: 6, nv: 18) == "6")
        #expect(MethodNames.label(actor: nil, method: 6, nv: 18) == "6")
        #expect(MethodNames.label(actor: "storageminer", method: nil, nv: 18) == "unknown")
    }

    @Test func noNumberHasTwoNamesInOneRelease() {
        for version in ActorsVersion.allCases {
            for kind in ActorKind.allCases {
                let numbers = kind.methods.filter { $0.versions.contains(version) }.compactMap(\.value)
                #expect(Set(numbers).count == numbers.count, "\(kind) in \(version)")
                #expect(!numbers.contains(0), "method 0 is Send for every actor")
            }
        }
    }

    /// The official corpus is filed as `fil_<actors>_<actor>/<Method>/`: the names must agree with
    /// the committed baseline's actor types and method numbers, for every official vector (the
    /// scenario corpus is filed by family and scenario instead).
    @Test func theCorpusFolderNamesAgreeWithTheTable() throws {
        let report = try JSONReport.read(
            from: ReportFixtures.repositoryRoot.appendingPathComponent("Reports/results.json"))
        #expect(report.results.count > 300)
        for result in report.results where result.source == .official {
            let parts = result.file.split(separator: "/")
            guard let folder = parts.firstIndex(where: { $0.hasPrefix("fil_") }), folder + 1 < parts.count else {
                Issue.record("\(result.file) is not filed by actor and method")
                continue
            }
            #expect(String(parts[folder + 1]) == result.methodLabel, "\(result.file)")
        }
    }
}
