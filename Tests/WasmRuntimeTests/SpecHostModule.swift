/// The `spectest` module that the scripts import from, described once for every engine.
///
/// The printing functions do nothing: the scripts only need them to exist with these types.
enum SpecHostModule {
    static let name = "spectest"

    enum Entity: Equatable, Sendable {
        case function(parameters: [SpecValueType])
        case global(SpecValue)
        case table(min: Int, max: Int)
        case memory(minPages: Int, maxPages: Int)
    }

    static let exports: [(name: String, entity: Entity)] = [
        ("print", .function(parameters: [])),
        ("print_i32", .function(parameters: [.i32])),
        ("print_i64", .function(parameters: [.i64])),
        ("print_f32", .function(parameters: [.f32])),
        ("print_f64", .function(parameters: [.f64])),
        ("print_i32_f32", .function(parameters: [.i32, .f32])),
        ("print_f64_f64", .function(parameters: [.f64, .f64])),
        ("global_i32", .global(.i32(666))),
        ("global_i64", .global(.i64(666))),
        ("global_f32", .global(.f32(Float(666.6).bitPattern))),
        ("global_f64", .global(.f64(Double(666.6).bitPattern))),
        ("table", .table(min: 10, max: 20)),
        ("memory", .memory(minPages: 1, maxPages: 2)),
    ]
}
