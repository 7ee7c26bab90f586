/// Something a module imports or exports.
public enum ExternalValue {
    case function(Function)
    case table(Table)
    case memory(Memory)
    case global(Global)
}
