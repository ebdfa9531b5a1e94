# lede: `make run` opens the reader on seeds/, `make test` runs every test.
SWIFT ?= swift
PREFIX ?= /usr/local
CHECK := --explicit-target-dependency-import-check error
COLLECTION ?= seeds
export SWIFT_BACKTRACE ?= interactive=no

.PHONY: all build release run test test-sanitize fuzz fuzz-build bench lint format install clean deps deps-test

all: build

deps:
	@scripts/ensure-deps.sh

deps-test:
	@scripts/ensure-deps.sh --test

build: deps
	$(SWIFT) build $(CHECK)

release: deps
	$(SWIFT) build -c release $(CHECK) --product lede

run: release
	.build/release/lede $(COLLECTION)

# Debug build (fast to compile); the end-to-end tests drive .build/debug/lede in tmux.
test: deps-test
	$(SWIFT) build $(CHECK)
	$(SWIFT) test $(CHECK) --skip EndToEndTests
	@# One terminal at a time: parallel tmux sessions make keystroke timing flaky.
	$(SWIFT) test $(CHECK) --filter EndToEndTests --no-parallel

# The suite under the address and thread sanitizers, each in its own scratch path.
# The end-to-end suite then drives the sanitized lede (LEDE_BINARY) in tmux, its
# reports going to log files: any report fails the run, and the log is printed.
SANITIZERS ?= address thread
test-sanitize: deps-test
	@set -e; for sanitizer in $(SANITIZERS); do \
	  scratch=.build-$$(echo $$sanitizer | cut -c1)san; logs=$(CURDIR)/$$scratch/reports; rm -rf $$logs; mkdir -p $$logs; \
	  options="log_path=$$logs/report detect_leaks=0 halt_on_error=1"; \
	  echo "== $$sanitizer sanitizer"; \
	  $(SWIFT) build $(CHECK) --build-tests --scratch-path $$scratch --sanitize=$$sanitizer; \
	  export ASAN_OPTIONS="$$options $(ASAN_OPTIONS)" TSAN_OPTIONS="$$options $(TSAN_OPTIONS)" LEDE_TIMEOUT_SCALE=10; \
	  $(SWIFT) test $(CHECK) --scratch-path $$scratch --sanitize=$$sanitizer --skip EndToEndTests || status=1; \
	  LEDE_BINARY=$(CURDIR)/$$scratch/debug/lede $(SWIFT) test $(CHECK) --scratch-path $$scratch \
	    --sanitize=$$sanitizer --filter EndToEndTests --no-parallel || status=1; \
	  if ls $$logs/report* >/dev/null 2>&1; then cat $$logs/report*; status=1; fi; \
	  if [ -n "$$status" ]; then echo "== $$sanitizer sanitizer: FAILED"; exit 1; fi; \
	  echo "== $$sanitizer sanitizer: clean"; \
	done

# libFuzzer targets (a separate package, Fuzz/): each runs FUZZ_SECONDS on a corpus
# in Fuzz/Corpus/<target>, seeded from seeds/ and Fuzz/Inputs/; crashes land in
# Fuzz/Crashes/<target>/ and become tests in FuzzRegressionTests.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= FuzzParser FuzzSanitizer FuzzExtraction FuzzFilter
# lld: gold fails on the instrumented objects. Products one by one: a plain
# `swift build` would also try to link lede with libFuzzer.
FUZZ_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -O -Xswiftc -use-ld=lld
FUZZ_OPTIONS ?= -max_len=16384 -timeout=10 -dict=Fuzz/lede.dict -print_final_stats=1
fuzz-build: deps
	@for target in $(FUZZ_TARGETS); do \
	  $(SWIFT) build --package-path Fuzz $(FUZZ_FLAGS) --product $$target || exit 1; \
	done

fuzz: fuzz-build
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p Fuzz/Corpus/$$target Fuzz/Crashes/$$target && \
	  cp -n seeds/* Fuzz/Inputs/* Fuzz/Corpus/$$target/ && \
	  echo "== $$target: $(FUZZ_SECONDS) s" && \
	  SWIFT_BACKTRACE=enable=no Fuzz/.build/debug/$$target Fuzz/Corpus/$$target $(FUZZ_OPTIONS) \
	    -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=Fuzz/Crashes/$$target/ || exit 1; \
	done

bench: deps
	$(SWIFT) build -c release $(CHECK) --product LedeBench
	.build/release/LedeBench

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive --parallel Package.swift Sources Tests

# Shell completions come from swift-argument-parser, so they follow the options.
COMPLETIONS := $(DESTDIR)$(PREFIX)/share
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(COMPLETIONS)/bash-completion/completions $(COMPLETIONS)/zsh/site-functions \
	  $(COMPLETIONS)/fish/vendor_completions.d
	install -m 755 .build/release/lede $(DESTDIR)$(PREFIX)/bin/lede
	install -m 644 docs/lede.1 $(DESTDIR)$(PREFIX)/share/man/man1/lede.1
	.build/release/lede --generate-completion-script bash > $(COMPLETIONS)/bash-completion/completions/lede
	.build/release/lede --generate-completion-script zsh > $(COMPLETIONS)/zsh/site-functions/_lede
	.build/release/lede --generate-completion-script fish > $(COMPLETIONS)/fish/vendor_completions.d/lede.fish
	chmod 644 $(COMPLETIONS)/bash-completion/completions/lede $(COMPLETIONS)/zsh/site-functions/_lede \
	  $(COMPLETIONS)/fish/vendor_completions.d/lede.fish

clean:
	rm -rf .build
