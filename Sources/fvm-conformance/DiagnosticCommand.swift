import ArgumentParser
import Conformance

/// What the diagnostic subcommands share: running one vector with every observer on.
enum DiagnosticCommand {
    static func diagnose(file: String, variant: String?, bundles: String?) throws -> VectorDiagnosis {
        do {
            return try VectorDiagnosis.run(path: file, variantID: variant, bundleDirectory: bundles)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
