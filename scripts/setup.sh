#!/usr/bin/env bash
# Set up the virtual environment in .venv with the program (and, with "test", the test tools;
# with "bundle", PyInstaller for scripts/build_bundle.sh; "test" includes "bundle").
# Usage: scripts/setup.sh [app|test|bundle]
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-app}

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "fidelity_app needs Python 3.11 or newer (found: $("$python" --version 2>&1))." >&2
  exit 1
fi

# Qt's X11 window support needs a few system libraries that a bare Debian/Ubuntu lacks (the
# bundle takes them along). Tests run offscreen and need none of them.
if [ "$want" != test ] && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for lib in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1 \
             libfontconfig1 libdbus-1-3; do
    dpkg -s "$lib" >/dev/null 2>&1 || missing+=("$lib")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    elif command -v sudo >/dev/null 2>&1; then
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
      echo "Qt needs these system packages to open a window: ${missing[*]}" >&2
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=".venv/.installed-$want"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$want" = test ] || [ "$want" = bundle ]; then
    .venv/bin/python -m pip install -q -e ".[$want]"
  else
    .venv/bin/python -m pip install -q -e .
  fi
  touch "$stamp"
fi
