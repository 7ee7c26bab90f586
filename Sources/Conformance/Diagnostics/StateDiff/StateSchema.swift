/// The field names of one structure, in encoding order (actor state is encoded as a tuple).
struct StateSchema: Sendable {
    var name: String
    var fields: [StateField]
}
