/// Every directive the runner deliberately does not run, by script and by the line it starts
/// on, with the reason. A skipped module also skips the directives that use it, which the
/// report counts as excluded too.
enum SpecExclusions {
    static let directives: [String: [Int: String]] = [
        "core/call.wast": [456: undefined("function"), 460: undefined("function")],
        "core/call_indirect.wast": [921: undefined("type"), 928: undefined("type"), 939: undefined("function")],
        "core/func.wast": [302: undefined("type")],
        "core/func_ptrs.wast": [48: undefined("type")],
        "core/globals.wast": [256: undefined("local")],
        "core/local_get.wast": Dictionary(
            uniqueKeysWithValues: [200, 204, 209, 213, 218, 222].map { ($0, undefined("local")) }),
        "core/local_set.wast": Dictionary(
            uniqueKeysWithValues: [336, 340, 345, 349, 354, 358].map { ($0, undefined("local")) }),
        "core/local_tee.wast": Dictionary(
            uniqueKeysWithValues: [601, 605, 610, 614, 619, 623].map { ($0, undefined("local")) }),
        "core/unreached-invalid.wast": [3: undefined("local"), 7: undefined("global"), 11: undefined("function")],
        "proposals/bulk-memory-operations/memory_init.wast": Dictionary(
            uniqueKeysWithValues: [188, 194, 225, 231].map { ($0, undefined("data segment")) }),
        "proposals/bulk-memory-operations/table_init.wast": Dictionary(
            uniqueKeysWithValues: [192, 198, 204, 212].map { ($0, undefined("element segment")) }),
        "core/data.wast": [5: wasm1SegmentTarget("data", "memory", "$m")],
        "core/elem.wast": [4: wasm1SegmentTarget("elem", "table", "$t")],
        "core/linking.wast": [
            236: bulkMemoryKeepsWrites("table"), 248: bulkMemoryKeepsWrites("table"),
            342: bulkMemoryKeepsWrites("memory"), 354: bulkMemoryKeepsWrites("memory"),
        ],
        "proposals/bulk-memory-operations/binary.wast": [
            800: "encodes `ref.null` without a heap type, as the 2019 proposal did; the standard (and wasmtime, "
                + "which ref-fvm runs) read a heap type there, so the FVM rejects this module"
        ],
    ]

    private static func undefined(_ entity: String) -> String {
        "WAT library limitation: it will not encode a numeric index to an undefined \(entity), "
            + "so no engine can be shown this invalid module"
    }

    private static func wasm1SegmentTarget(_ segment: String, _ target: String, _ name: String) -> String {
        "WAT library limitation: Wasm 1.0 text names the \(target) right after `\(segment)` (`\(name)`); "
            + "the library reads that name as the segment's own and reports it as a duplicate"
    }

    private static func bulkMemoryKeepsWrites(_ target: String) -> String {
        "Wasm 1.0 semantics the FVM does not have: a failed instantiation writes nothing there, "
            + "but with bulk memory (on in the FVM) the segments before the failing one stay written to the "
            + "imported \(target); proposals/bulk-memory-operations/linking.wast asserts the FVM's behaviour"
    }
}
