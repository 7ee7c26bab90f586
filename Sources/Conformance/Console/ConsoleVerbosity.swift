/// How much the CLI prints while and after a run.
public enum ConsoleVerbosity: Sendable, Equatable, CaseIterable {
    /// The counts and the verdict only.
    case quiet
    /// After the run, every variant that did not pass with its reason, then the counts and the verdict.
    case normal
    /// As `normal`, plus one line per variant as it finishes.
    case verbose
}
