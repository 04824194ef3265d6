#!/usr/bin/env bash
# Set everything up (first time only), check the code with ruff and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
.venv/bin/ruff check .
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n 2 -p no:cacheprovider "$@"
