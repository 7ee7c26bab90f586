import Actors
import FVMWasm
import Foundation
import IPLD
import Kernel

/// Whether one pinned bundle is usable by this VM: found, its digest and mainnet manifest as
/// pinned, and every actor module prepared (instrumented, translated, instantiated) against the
/// syscalls of the network version that runs it.
public struct BundleLinkCheck: Sendable {
    /// What was found for one bundle.
    public enum Outcome: Sendable, Equatable {
        /// Loaded and verified; the counts are over the mainnet manifest's modules.
        case checked(manifest: String, modules: Int, prepared: Int, unresolvedImports: [String])
        /// No file of that name in the search path.
        case missing(String)
        /// Found, but refused: wrong digest, unreadable, or a manifest that is not the pinned one.
        case refused(String)
        /// Verified, but no network version of this VM runs these actors yet.
        case noNetworkVersion(manifest: String)
    }

    public let bundle: OfficialBundle
    /// The first network version running this bundle, nil when none does yet.
    public let profile: NetworkProfile?
    public let outcome: Outcome

    /// Checks every pinned bundle, oldest first.
    public static func all(catalog: BundleCatalog, execution: WasmExecution = WasmEngines().execution)
        -> [BundleLinkCheck]
    {
        OfficialBundle.all.map { check($0, catalog: catalog, execution: execution) }
    }

    /// Checks one bundle.
    public static func check(_ pin: OfficialBundle, catalog: BundleCatalog, execution: WasmExecution)
        -> BundleLinkCheck
    {
        let profile = NetworkProfile.all.first { $0.actorsVersion == pin.actorsVersion }
        func result(_ outcome: Outcome) -> BundleLinkCheck {
            BundleLinkCheck(bundle: pin, profile: profile, outcome: outcome)
        }
        let bundle: ActorBundle
        switch catalog.bundle(named: pin.name) {
        case .loaded(let b): bundle = b
        case .missing(let why): return result(.missing(why))
        case .failed(let why): return result(.refused(why))
        }
        guard let root = bundle.manifestRoots.first(where: { $0.key.contains("mainnet") })?.value else {
            return result(.refused("\(pin.name) has no mainnet manifest"))
        }
        guard root.description == pin.mainnetManifest else {
            return result(.refused("\(pin.name) mainnet manifest is \(root), not the pinned \(pin.mainnetManifest)"))
        }
        guard let profile else { return result(.noNetworkVersion(manifest: root.description)) }
        return result(prepareModules(of: bundle, manifest: root.description, profile: profile, execution: execution))
    }

    /// Prepares every mainnet module on a fresh engine of `profile`.
    private static func prepareModules(
        of bundle: ActorBundle, manifest: String, profile: NetworkProfile, execution: WasmExecution
    ) -> Outcome {
        let modules: [(name: String, code: CID, wasm: [UInt8])]
        do { modules = try bundle.mainnetModules() } catch { return .refused("\(bundle.name): \(error)") }
        let hosts = profile.syscalls.hostFunctions()
        let engine = WasmEngine(profile: profile.wasm, hostFunctions: hosts, execution: execution)
        var prepared = 0
        var unresolved: [String] = []
        for module in modules {
            let missing = (try? hosts.unresolvedImports(of: module.wasm)) ?? ["\(module.name): unparsable"]
            unresolved += missing.map { "\(module.name): \($0)" }
            guard missing.isEmpty else { continue }
            let ok = ActorThread.run {
                (try? engine.prepare(codeID: module.code.description, wasm: module.wasm)) != nil
            }
            if ok { prepared += 1 }
        }
        return .checked(manifest: manifest, modules: modules.count, prepared: prepared, unresolvedImports: unresolved)
    }

    /// One line: `v11.tar.zst  nv19  sha256 11e6…  manifest bafy…  modules 16/16 prepared  0 unresolved imports`.
    public var line: String {
        let nv = profile.map { "nv\($0.networkVersion.rawValue)" } ?? "-"
        let head =
            "\(bundle.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(nv.padding(toLength: 5, withPad: " ", startingAt: 0))"
        switch outcome {
        case .checked(let manifest, let modules, let prepared, let unresolved):
            return "\(head) sha256 \(bundle.sha256.prefix(16))… ok  manifest \(manifest) ok  "
                + "modules \(prepared)/\(modules) prepared  \(unresolved.count) unresolved imports"
        case .missing(let why): return "\(head) MISSING: \(why)"
        case .refused(let why): return "\(head) REFUSED: \(why)"
        case .noNetworkVersion(let manifest):
            return "\(head) sha256 \(bundle.sha256.prefix(16))… ok  manifest \(manifest) ok  "
                + "no network version of this VM runs actors v\(bundle.actorsVersion) yet"
        }
    }

    /// True when the bundle is verified and every module is prepared with every import resolved.
    public var isComplete: Bool {
        if case .checked(_, let modules, let prepared, let unresolved) = outcome {
            return modules == prepared && unresolved.isEmpty
        }
        return false
    }
}
