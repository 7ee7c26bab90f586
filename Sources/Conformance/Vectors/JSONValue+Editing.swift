extension JSONValue {
    /// This object with member `key` set to `value` (replaced in place, or appended when absent).
    /// Non-objects are returned unchanged.
    func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.0 == key }) {
            members[index].1 = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }

    /// This object with member `key` transformed (an absent member is passed as nil).
    func updating(_ key: String, _ transform: (JSONValue?) -> JSONValue) -> JSONValue {
        setting(key, to: transform(self[key]))
    }
}
