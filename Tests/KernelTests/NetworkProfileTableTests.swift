import FVMShared
import Testing

@testable import Kernel

/// The network versions this VM runs, each with the actors, price list and FVM line upstream uses
/// (lotus params and builtin-actors releases; ref-fvm `price_list_by_network_version`).
@Suite struct NetworkProfileTableTests {
    struct Row: Sendable {
        let nv: UInt32
        let name: String
        let actors: Int
        let priceList: String
        let syscalls: SyscallSet.Generation
    }

    static let table: [Row] = [
        Row(nv: 17, name: "shark", actors: 9, priceList: "SKYR", syscalls: .v2),
        Row(nv: 18, name: "hygge", actors: 10, priceList: "HYGGE", syscalls: .v3),
        Row(nv: 19, name: "lightning", actors: 11, priceList: "HYGGE", syscalls: .v3),
        Row(nv: 20, name: "thunder", actors: 11, priceList: "HYGGE", syscalls: .v3),
    ]

    @Test(arguments: table) func profileMatchesUpstream(_ row: Row) throws {
        let p = try #require(NetworkProfile.forVersion(row.nv))
        #expect(p.networkVersion.rawValue == row.nv)
        #expect(p.name == row.name)
        #expect(p.actorsVersion == row.actors)
        #expect(p.bundleName == "v\(row.actors).tar.zst")
        #expect(p.priceList.name == row.priceList)
        #expect(p.syscalls.generation == row.syscalls)
    }

    @Test func everyProfileIsInTheTableInOrder() {
        #expect(NetworkProfile.all.map(\.networkVersion.rawValue) == Self.table.map(\.nv))
    }

    @Test func unsupportedVersionsHaveNoProfile() {
        #expect(NetworkProfile.forVersion(16) == nil)
        #expect(NetworkProfile.forVersion(29) == nil)
    }
}
