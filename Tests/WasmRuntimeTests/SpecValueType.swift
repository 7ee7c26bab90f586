/// The number types of Wasm 1.0, the only ones the FVM's scripts pass across the host boundary.
enum SpecValueType: Equatable, Hashable, Sendable {
    case i32
    case i64
    case f32
    case f64
}
