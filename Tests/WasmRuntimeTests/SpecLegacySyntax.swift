/// Spellings from before the text format settled, rewritten to their standard synonyms so that
/// the WAT library reads the scripts that still use them.
///
/// Only the listed scripts are touched, and only with renames that the reference interpreter
/// of their time accepted as synonyms, so every module means what its authors wrote.
enum SpecLegacySyntax {
    static let renames: [String: [(old: String, new: String)]] = [
        "proposals/sign-extension-ops/i32.wast": [("get_local", "local.get")],
        "proposals/sign-extension-ops/i64.wast": [("get_local", "local.get")],
        // The 2019 proposal had one reference type, so its `ref.null` named none.
        "proposals/bulk-memory-operations/bulk.wast": [("(ref.null)", "(ref.null func)")],
        "proposals/bulk-memory-operations/elem.wast": [("(ref.null)", "(ref.null func)")],
    ]

    static func modernize(_ text: String, script: String) -> String {
        (renames[script] ?? []).reduce(text) { text, rename in
            text.replacing(rename.old, with: rename.new)
        }
    }
}
