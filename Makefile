# lede: `make run` opens the reader on seeds/, `make test` runs every test.
SWIFT ?= swift
PREFIX ?= /usr/local
CHECK := --explicit-target-dependency-import-check error
COLLECTION ?= seeds
export SWIFT_BACKTRACE ?= interactive=no

.PHONY: all build release run test bench lint format install clean deps deps-test

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
	$(SWIFT) test $(CHECK)

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
