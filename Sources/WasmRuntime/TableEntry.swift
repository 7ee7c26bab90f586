/// One table element of a snapshot.
enum TableEntry {
    case null
    /// Function `index` of the instance being restored.
    case own(Int)
    /// A function of another instance or a host function, kept as it is.
    case foreign(FunctionReference)
}
