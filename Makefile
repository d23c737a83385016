# Service Ladder — every command installs what it needs first, and each
# install checks the version already there, so a second run is quick.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# Splits the wasm into the first part and the parts loaded later (tools/post-build.mjs).
WASM_SPLIT_VERSION := 0.2.4
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
PORT ?= 8080
HOST_PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

.PHONY: help serve test test-native test-e2e build release bench tools tools-build tools-browser clean schema examples fuzz lint calibrate score score-bench static-home screens language-template language-import language-check

help:
	@echo "make serve   build the release and serve it on http://127.0.0.1:$(PORT)"
	@echo "make test    run every test: native unit/property tests and end-to-end tests in headless Chromium"
	@echo "make release build the deployable bundle release/service-ladder-<version>.tar.gz"
	@echo "make bench   build the release and print the size of every file in dist/, speed figures, the team view's aggregation times and the builder preview's update time"
	@echo "make fuzz    fuzz every decoder for FUZZ_SECONDS (default 60) each, on nightly"
	@echo "make examples  serve the example host pages (iframe, direct, hostile) on :HOST_PORT (8000) and the app on :PORT (8080)"
	@echo "make calibrate print where simulated populations land under the scoring model (the table in docs/scoring.md)"
	@echo "make score   read answer sets as JSON lines on stdin, write one verdict per line on stdout (docs/scoring.md)"
	@echo "make score-bench  time make score on 10,000 simulated answer sets"
	@echo "make static-home  write index.html's static home screens from the app's own home (then build again)"
	@echo "make screens  screenshots of home, the choice of work, a question, the result, a touchpoint and the map at 375 and 1280 px into docs/screens/"

serve: build
	@echo "Serving dist/ on http://127.0.0.1:$(PORT) (Ctrl+C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

test: lint test-native test-e2e

# Formatting and lints, for the native core and the wasm UI alike.
lint: tools-build
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --locked

# The browser tests, one file at a time. A failure ends the run, never a
# hang: each test has its own timeout (tests/e2e/harness.mjs), Node 20
# fails a file that runs past --test-timeout (20 min; the longest file takes
# a few on a loaded two-core machine), and --test-force-exit ends the run
# once the tests are done even if something was left open
# (tests/e2e/failfast.test.mjs checks all three in a child run).
E2E_FLAGS := --test-concurrency=1 --test-force-exit --test-timeout=1200000
test-e2e: build tools-browser
	node --test $(E2E_FLAGS) tests/e2e/

build: tools-build
	trunk build --release --locked

# The bundle a web developer deploys without Rust: dist/ with .gz and .br
# copies, SHA256SUMS, the configuration's schema and example, the README.
release: build
	node tools/release.mjs

bench: build tools-browser
	@node tests/bench/size.mjs dist
	@node tests/bench/speed.mjs
	@node tests/bench/keystroke.mjs dist
	@node tests/bench/team.mjs
	@node tests/bench/builder.mjs dist

# Fuzz every decoder for FUZZ_SECONDS each (cargo-fuzz on the nightly toolchain).
FUZZ_SECONDS ?= 60
fuzz:
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	for t in share_link config stored_state import; do \
		cargo +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536 || exit 1; \
	done

# The example host pages on http://127.0.0.1:$(HOST_PORT), the app on :$(PORT).
# examples/serve.mjs needs only Node (no test dependencies).
examples: build
	PORT=$(PORT) HOST_PORT=$(HOST_PORT) node examples/serve.mjs

tools: tools-build tools-browser

tools-build: node_modules/.package-lock.json
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):" || cargo install --locked wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary

# npm ci only when the lock file changed since the last install (npm
# writes node_modules/.package-lock.json; an empty or half-deleted
# node_modules folder does not count as installed).
node_modules: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

tools-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi

clean:
	rm -rf dist release target node_modules

# Screenshots of the main screens at 375 and 1280 px (docs/screens/), to
# compare the look before and after a change.
screens: build tools-browser
	node tests/screens.mjs

# The calibration table of the scoring model, afresh from the code (native
# only: nothing of it reaches the wasm). docs/scoring.md shows the same
# table; `UPDATE_DOCS=1 cargo test --test respondents` rewrites it there.
calibrate:
	cargo run --locked --quiet --release --example calibrate

# The scoring model as a command: JSON lines in, one verdict per line out,
# same order (docs/scoring.md, "Anyone can check the model").
score:
	@cargo run --locked --quiet --release --example score

# 10,000 answer sets of the calibration populations through make score;
# the time goes to standard error, the verdicts to /dev/null.
score-bench:
	@cargo build --locked --quiet --release --example score --example populations
	@for p in "honest, typical" "smart faker" "random clicking" "mood-driven, admits it" "careless, first option"; do \
		./target/release/examples/populations "$$p" 400; done > target/score-bench.jsonl
	@wc -l < target/score-bench.jsonl | xargs printf "lines: %s\n"
	@SCORE_TIMING=1 ./target/release/examples/score < target/score-bench.jsonl > /dev/null

# index.html's static home screens (shown before the wasm arrives), drawn
# from the app's own home by the built app; build again afterwards.
static-home: build tools-browser
	node tools/static-home.mjs

# Regenerate docs/config.schema.json and docs/language.schema.json from the Rust types.
schema:
	UPDATE_SCHEMA=1 cargo test --test config the_shipped_schema_is_generated_from_the_types
	UPDATE_SCHEMA=1 cargo test --test language the_language_schema_is_generated_from_the_types

# A company's own language (docs/languages.md): the sheet to translate,
# the filled sheet as a language file, and what a file lacks or has outdated.
NAME ?=
FALLBACK ?=
DIR ?=
language-template:
	@test -n "$(LANG)" || { echo "usage: make language-template LANG=kk"; exit 2; }
	cargo run --locked --quiet --example language -- template "$(LANG)" "$(LANG).csv"
language-import:
	@test -n "$(LANG)" -a -n "$(CSV)" -a -n "$(OUT)" || { echo "usage: make language-import LANG=kk CSV=kk.csv OUT=kk.json [NAME=Қазақша FALLBACK=ru DIR=rtl]"; exit 2; }
	cargo run --locked --quiet --example language -- import "$(LANG)" "$(CSV)" "$(OUT)" --name "$(NAME)" --fallback "$(FALLBACK)" --dir "$(DIR)"
language-check:
	@test -n "$(FILE)" || { echo "usage: make language-check FILE=kk.json"; exit 2; }
	cargo run --locked --quiet --example language -- check "$(FILE)"
