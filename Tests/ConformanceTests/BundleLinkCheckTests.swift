import Actors
import Conformance
import Kernel
import Testing
import TestSupport

/// Every pinned bundle is verified (digest and mainnet manifest CID), and every bundle a network
/// version runs links and prepares completely against that version's syscalls.
@Suite struct BundleLinkCheckTests {
    @Test(.enabled(if: Corpus.allBundlesPresent || Corpus.required, Corpus.allBundlesMissing))
    func everyPinnedBundleIsVerifiedAndEveryRunBundlePrepares() {
        let catalog = BundleCatalog(locator: BundleLocator(explicit: nil, workingDirectory: Corpus.packageRoot.path))
        let checks = BundleLinkCheck.all(catalog: catalog)
        #expect(checks.map(\.bundle) == OfficialBundle.all)
        for check in checks {
            switch check.outcome {
            case .checked(let manifest, let modules, let prepared, let unresolved):
                #expect(manifest == check.bundle.mainnetManifest)
                #expect(modules > 0 && prepared == modules, "\(check.line)")
                #expect(unresolved.isEmpty, "\(check.bundle.name): \(unresolved)")
            case .noNetworkVersion(let manifest):
                #expect(manifest == check.bundle.mainnetManifest)
            case .missing(let why), .refused(let why):
                Issue.record("\(check.bundle.name): \(why)")
            }
        }
    }

    @Test func everyNetworkVersionRunsAPinnedBundle() {
        for profile in NetworkProfile.all {
            let pin = OfficialBundle.named(profile.bundleName)
            #expect(pin?.actorsVersion == profile.actorsVersion, "nv\(profile.networkVersion.rawValue)")
        }
    }
}
