# Sharded conformance runs: what a CI job matrix does, one shard per job, then one merge.
# Shard reports go to .build/shards/shard-K.json; the merge writes the reports a single run
# writes (junit.xml, index.md, nvNN.md, results.json) into .build/merged.
SHARDS_DIR := .build/shards
MERGED_DIR := .build/merged

.PHONY: conformance-shard conformance-merge conformance-sharded

## conformance-shard SHARD=K/N: one shard of the default corpus, balanced by the durations in the
## committed baseline; its exit code is the shard's own verdict.
conformance-shard: inputs build
	@test -n "$(SHARD)" || { echo "usage: make conformance-shard SHARD=K/N" >&2; exit 2; }
	@mkdir -p $(SHARDS_DIR)
	@baseline=""; [ -f $(BASELINE) ] && baseline="--baseline $(BASELINE)"; \
	$(RUNNER) run --shard $(SHARD) $$baseline --json $(SHARDS_DIR)/shard-$(firstword $(subst /, ,$(SHARD))).json

## conformance-merge [STEP_SUMMARY=FILE]: merge every .build/shards/shard-*.json (needs the runner
## built, nothing else); the exit code is the whole run's verdict.
conformance-merge:
	@test -x $(RUNNER) || { echo "error: $(RUNNER) is not built: make build" >&2; exit 2; }
	@baseline=""; [ -f $(BASELINE) ] && baseline="--baseline $(BASELINE)"; \
	$(RUNNER) merge $(SHARDS_DIR)/shard-*.json $$baseline --junit $(MERGED_DIR)/junit.xml \
	  --markdown $(MERGED_DIR) --json $(MERGED_DIR)/results.json $(if $(STEP_SUMMARY),--step-summary $(STEP_SUMMARY))

## conformance-sharded N=2: every shard in turn (a CI matrix runs them at once), then the merge.
conformance-sharded: inputs build
	@test -n "$(N)" || { echo "usage: make conformance-sharded N=<shards>" >&2; exit 2; }
	@rm -rf $(SHARDS_DIR) $(MERGED_DIR)
	@for k in $$(seq 1 $(N)); do \
	  echo "== shard $$k/$(N)"; $(MAKE) --no-print-directory conformance-shard SHARD=$$k/$(N) || true; \
	done
	@echo "== merge"; $(MAKE) --no-print-directory conformance-merge
