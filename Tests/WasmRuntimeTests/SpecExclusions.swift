/// Every directive the runner deliberately does not run, by script and by the line it starts
/// on, with the reason. A skipped module also skips the directives that use it, which the
/// report counts as excluded too.
enum SpecExclusions {
    static let directives: [String: [Int: String]] = [:]
}
