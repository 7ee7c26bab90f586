import ArgumentParser
import Conformance

/// `bundles`: every pinned builtin-actor bundle, verified and prepared against the syscalls of the
/// network version that runs it, one line each.
struct Bundles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify every pinned actor bundle (v9 ... v18) and prepare its modules; one line per bundle.")

    @OptionGroup var bundleOptions: BundleOptions

    func run() throws {
        let catalog = BundleCatalog(explicitDirectory: bundleOptions.bundles)
        let checks = BundleLinkCheck.all(catalog: catalog)
        for check in checks { print(check.line) }
        let runnable = checks.filter { $0.profile != nil }
        let complete = runnable.filter(\.isComplete).count
        print("\(complete)/\(runnable.count) bundles with a network version fully prepared; \(checks.count) pinned")
        if complete < runnable.count { throw ExitCode(1) }
    }
}
