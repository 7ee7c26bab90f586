/// Every scenario, by family, in the order they are recorded.
public enum ScenarioCatalog {
    public static var all: [Scenario] {
        SendScenarios.all + MultisigScenarios.all + MinerScenarios.all + MarketScenarios.all
            + VerifregScenarios.all + FEVMScenarios.all
    }
}
