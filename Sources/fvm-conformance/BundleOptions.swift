import ArgumentParser

/// Where the builtin-actor bundles are, for every command that executes vectors.
struct BundleOptions: ParsableArguments {
    @Option(help: "Folder holding the builtin-actor bundles (v9.tar.zst, v10.tar.zst). Searched first.")
    var bundles: String?
}
