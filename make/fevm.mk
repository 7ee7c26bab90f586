## fevm: the Ethereum VM tests (ETH_TESTS, default ../shared/ethereum-tests/VMTests) as an external
## oracle for the FEVM (actors v10): contract storage compared case by case, documented deviations
## skipped by rule; writes Reports/fevm.md and ends with `N passed, M failed, K skipped`.
ETH_TESTS ?= ../shared/ethereum-tests/VMTests

.PHONY: fevm
fevm: inputs build
	@mkdir -p Reports
	$(RUNNER) fevm $(ETH_TESTS) --markdown Reports/fevm.md
