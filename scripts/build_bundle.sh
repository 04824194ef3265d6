#!/usr/bin/env bash
# Build the program as one folder that needs no Python: dist/fidelity-app/ and its archive.
# Usage: scripts/build_bundle.sh [--dist DIR] [--work DIR]   (see scripts/build_bundle.py)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh bundle
exec .venv/bin/python scripts/build_bundle.py "$@"
