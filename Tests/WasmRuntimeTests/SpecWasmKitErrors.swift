import WasmKit

/// Reads WasmKit's errors into the runner's failure types.
///
/// WasmKit keeps its trap and link-error kinds out of its public API and shows them only in
/// their descriptions, so this adapter has to read the text; our own engine needs no such table.
enum SpecWasmKitErrors {
    private static let trapTexts: [(prefix: String, trap: SpecTrap)] = [
        ("unreachable", .unreachable),
        ("call stack exhausted", .callStackExhausted),
        ("out of bounds memory access", .memoryOutOfBounds),
        ("out of bounds table access", .tableOutOfBounds),
        ("integer divide by zero", .integerDivideByZero),
        ("integer overflow", .integerOverflow),
        ("invalid conversion to integer", .invalidConversionToInteger),
        ("indirect call to null element", .indirectCallToNull),
        ("indirect call type mismatch", .indirectCallTypeMismatch),
    ]

    static func trap(described text: String) -> SpecTrap? {
        let reason = text.hasPrefix("Trap: ") ? String(text.dropFirst("Trap: ".count)) : text
        return trapTexts.first { reason.hasPrefix($0.prefix) }?.trap
    }

    static func invocationFailure(_ error: any Error) -> SpecInvocationFailure {
        let text = "\(error)"
        return trap(described: text).map { .trap($0) } ?? .other(text)
    }

    static func instantiationFailure(_ error: any Error) -> SpecInstantiationFailure {
        let text = "\(error)"
        if let trap = trap(described: text) { return .trap(trap) }
        if text.hasPrefix("unknown import") { return .unknownImport(text) }
        if text.hasPrefix("incompatible import type") { return .incompatibleImport(text) }
        if error is Trap { return .other(text) }
        // Anything else comes from the validator, which eager compilation runs here.
        return .rejected(SpecModuleRejection(kind: .unclassified, detail: text))
    }
}
