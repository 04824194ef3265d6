#!/usr/bin/env bash
# Set everything up (first time only) and start fidelity_app. Arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh app
exec .venv/bin/fidelity-app "$@"
