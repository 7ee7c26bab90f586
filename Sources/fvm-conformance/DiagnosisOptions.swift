import ArgumentParser
import Conformance

/// Which variant of one vector a diagnostic command runs, and with which bundles.
struct DiagnosisOptions: ParsableArguments {
    @Option(help: "Variant id (default: the vector's first).")
    var variant: String?

    @OptionGroup var bundles: BundleOptions

    /// Runs `file` with every observer on.
    func diagnose(_ file: String) throws -> VectorDiagnosis {
        do {
            return try VectorDiagnosis.run(path: file, variantID: variant, bundleDirectory: bundles.bundles)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
