import Actors
import Foundation
import IPLD
import Testing
import TestSupport

@Suite struct BundleManifestTests {
    /// Manifest data CIDs the vectors' system actors point at (mainnet v9 and v10).
    static let expected: [String: (data: String, count: Int, placeholder: Bool)] = [
        "v9.tar.zst": ("bafy2bzacebhoemuuebamhlw7mbr7ehljkymyaf75ywlw4irms4xv3oosskpyk", 12, false),
        "v10.tar.zst": ("bafy2bzacea5a4r4pgc5pjcy2kx7mcbjcmc72chs7qqyl5o4jirxiplnqdmpo2", 16, true),
    ]

    @Test(.enabled(if: Corpus.bundlesPresent, Corpus.bundlesMissing), arguments: ["v9.tar.zst", "v10.tar.zst"])
    func mainnetManifest(_ name: String) throws {
        let url = try #require(Corpus.bundle(name))
        let bundle = try ActorBundle.load(from: url)
        #expect(bundle.manifestRoots.count == 7, "one CAR per network")
        let manifest = try bundle.mainnetManifest()
        let want = try #require(Self.expected[name])
        #expect(manifest.dataCID.description == want.data)
        #expect(manifest.entries.count == want.count)
        #expect(manifest.entries.first?.name == "system")
        #expect((manifest.code(named: "placeholder") != nil) == want.placeholder)
        // Type ids are 1-based manifest positions and round-trip through code CIDs.
        for (i, entry) in manifest.entries.enumerated() {
            #expect(manifest.type(of: entry.code)?.id == UInt32(i + 1))
            #expect(manifest.type(of: entry.code)?.name == entry.name)
            #expect(manifest.code(typeID: UInt32(i + 1)) == entry.code)
        }
        // Every code CID is the raw-codec BLAKE2b-256 of a Wasm module in the bundle.
        for module in try bundle.mainnetModules() {
            #expect(module.code.codec == CID.Codec.raw)
            #expect(try module.code.verifies(module.wasm))
            #expect(module.wasm.starts(with: [0x00, 0x61, 0x73, 0x6d]))
        }
    }

    @Test func corruptBundlesAreRejected() {
        #expect(throws: BundleError.self) { try ActorBundle(bytes: [1, 2, 3, 4], name: "junk.tar.zst") }
        #expect(throws: BundleError.self) { try ActorBundle(bytes: [], name: "empty.tar.zst") }
        #expect(throws: BundleError.self) { try ActorBundle.load(from: URL(fileURLWithPath: "/no/such/v9.tar.zst")) }
    }

    @Test func manifestRequiresTheVMsActors() throws {
        let store = MemoryBlockstore()
        let code = try CID.compute(codec: CID.Codec.raw, data: [0x00, 0x61, 0x73, 0x6d])
        let data = store.putValue(.array([.array([.text("system"), .link(code)])]))
        let manifest = try Manifest(dataCID: data, store: store)
        #expect(throws: ManifestError.missingActor("init")) { try manifest.require(["system", "init"]) }
        #expect(manifest.type(of: code)?.name == "system")
        #expect(manifest.code(typeID: 2) == nil)
    }
}
