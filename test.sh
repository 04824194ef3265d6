#!/usr/bin/env bash
# Set everything up (first time only), check the code with ruff and run the whole test suite,
# including the build of the bundle and the wheel and a run of each (tests/test_packaged.py).
# FIDELITY_APP_SKIP_BUILDS=1 leaves those out, except in CI (when CI is set).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
.venv/bin/ruff check .
export QT_QPA_PLATFORM=offscreen
select=()
if [ -n "${FIDELITY_APP_SKIP_BUILDS:-}" ] && [ -z "${CI:-}" ]; then
  select=(-m "not packaging")
fi
exec .venv/bin/python -m pytest -n 2 -p no:cacheprovider ${select[@]+"${select[@]}"} "$@"
