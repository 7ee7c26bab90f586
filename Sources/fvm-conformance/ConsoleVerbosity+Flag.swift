import ArgumentParser
import Conformance

extension ConsoleVerbosity: EnumerableFlag {
    public static func help(for value: ConsoleVerbosity) -> ArgumentHelp? {
        switch value {
        case .quiet: "Print only the counts and the verdict."
        case .normal: "After the run, print every variant that did not pass, with its reason (default)."
        case .verbose: "Also print a line per variant as it finishes (OK/FAIL/SKIP/XFAIL/ERROR and time)."
        }
    }
}
