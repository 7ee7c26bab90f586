import IPLD

/// An entry of a map or array that differs: absent on one side (nil) or holding another value.
struct KeyedDifference {
    var key: CollectionKey
    var expected: IPLDValue?
    var actual: IPLDValue?
}
