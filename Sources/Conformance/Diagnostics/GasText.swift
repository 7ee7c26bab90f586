/// Gas amounts as people read them: whole gas with the exact milligas.
enum GasText {
    /// `1234.567 gas (1234567 milligas)`.
    static func milligas(_ m: Int128) -> String {
        let magnitude = m.magnitude
        let fraction = String(magnitude % 1000)
        let gas =
            (m < 0 ? "-" : "") + "\(magnitude / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        return "\(gas) gas (\(m) milligas)"
    }
}
