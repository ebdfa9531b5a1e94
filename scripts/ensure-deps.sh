#!/usr/bin/env bash
# Checks what building (and, with --test, testing) lede needs, installs missing
# Debian packages when run as root, and otherwise says exactly what to install.
set -euo pipefail

need_tests=0
[ "${1:-}" = "--test" ] && need_tests=1

missing_packages=()
problems=()

if ! command -v swift >/dev/null 2>&1; then
  problems+=("The Swift toolchain (swift 6.0 or newer) is not on PATH. Install it from swift.org (Debian has no package for it) and add its usr/bin to PATH.")
fi
if [ ! -e /usr/include/sqlite3.h ]; then
  missing_packages+=(libsqlite3-dev)
fi
if [ ! -e /usr/include/ncursesw/curses.h ] && [ ! -e /usr/include/ncursesw/ncurses.h ]; then
  missing_packages+=(libncursesw5-dev)
fi
if [ "$need_tests" = 1 ] && ! command -v tmux >/dev/null 2>&1; then
  missing_packages+=(tmux)
fi
if ! locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$'; then
  missing_packages+=(locales)
fi

if [ ${#missing_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "lede: installing ${missing_packages[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${missing_packages[@]}" >/dev/null
  else
    problems+=("Missing Debian packages: ${missing_packages[*]}. Install them with: sudo apt-get install ${missing_packages[*]}")
  fi
fi

if [ ${#problems[@]} -gt 0 ]; then
  echo "lede cannot be built yet:" >&2
  for problem in "${problems[@]}"; do echo "  - $problem" >&2; done
  exit 1
fi
