# Swift FVM conformance harness. `make conformance` and `make test` work on a fresh Debian/Ubuntu
# machine with Swift installed: missing system libraries are installed with apt-get.

SWIFT        ?= swift
DEBIAN_DEPS  := libzstd-dev libb2-dev libsecp256k1-dev zlib1g-dev pkg-config time
BUNDLE_CACHE := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/fvm-conformance/bundles
RUNNER       := .build/release/fvm-conformance
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BASELINE     := Reports/results.json

.PHONY: deps inputs build test lint format conformance conformance-check vectors bundles clean

## deps: install the Debian packages the build links against, when missing.
deps:
	@missing=""; for p in $(DEBIAN_DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## inputs: the official vectors and both actor bundles, pinned and verified (already here, else
## downloaded when the network allows, else the copy in ../shared beside the clone).
inputs:
	@scripts/inputs/fetch.sh all

## build: release build of the runner.
build: deps
	$(SWIFT) build -c release --product fvm-conformance

## test: every test, optimised. The conformance corpus runs as one test case per vector, gated by
## the committed baseline Reports/results.json; FVM_REQUIRE_CORPUS makes a missing corpus or bundle,
## or a corpus that ran no vector, a failure rather than a skip.
test: deps inputs
	FVM_REQUIRE_CORPUS=1 $(SWIFT) test -c release

## lint: the layering rule (every import a declared dependency in a lower layer) and the formatter's
## strict lint with the repository's .swift-format; `make format` rewrites the tree to match.
lint:
	scripts/ci/check-layering.py
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

## conformance-check: run the corpus against the committed baseline without refreshing it
## (fails on any vector that passed in Reports/results.json and does not pass now).
conformance-check: inputs build
	@if [ -f $(BASELINE) ]; then \
	  $(RUNNER) run --baseline $(BASELINE) --json .build/conformance-check.json; \
	else \
	  $(RUNNER) run --json .build/conformance-check.json; \
	fi

## conformance: run the default corpus, compare with the committed baseline and refresh Reports/.
conformance: inputs build
	@mkdir -p Reports
	@baseline=""; [ -f $(BASELINE) ] && baseline="--baseline $(BASELINE)"; \
	$(RUNNER) run $$baseline --junit Reports/junit.xml --markdown Reports --json .build/results.json; rc=$$?; \
	if [ $$rc -eq 0 ]; then cp .build/results.json $(BASELINE); \
	else echo "run failed (exit $$rc): $(BASELINE) not refreshed, so the baseline keeps what used to pass"; fi; \
	exit $$rc

## vectors: the official corpus at the pinned commit into vectors/ (unless ../shared has it).
vectors:
	@scripts/inputs/fetch.sh vectors

## bundles [SRC=DIR]: the pinned bundles (fetched, or found in ../shared/bundles); with SRC, copy
## v9.tar.zst and v10.tar.zst from DIR into the bundle cache first (the runner checks their SHA-256).
bundles:
	@if [ -n "$(SRC)" ]; then mkdir -p "$(BUNDLE_CACHE)"; for b in v9.tar.zst v10.tar.zst; do \
	  if [ -f "$(SRC)/$$b" ]; then cp "$(SRC)/$$b" "$(BUNDLE_CACHE)/" && echo "copied $$b to $(BUNDLE_CACHE)"; \
	  else echo "warning: $(SRC)/$$b not found"; fi; done; fi
	@scripts/inputs/fetch.sh bundles

clean:
	rm -rf .build

-include make/*.mk
