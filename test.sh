#!/usr/bin/env bash
# Set everything up (first time only), check the code (ruff, the import contracts in
# pyproject.toml, types with mypy) and run the whole test suite, including the build of the
# bundle and the wheel and a run of each (tests/test_packaged.py).
# FIDELITY_APP_SKIP_BUILDS=1 leaves those out, except in CI (when CI is set).
# The service-layer and CLI tests run on SQLite and on PostgreSQL: PostgreSQL is installed from
# the system's packages when missing, and each test process starts a throwaway cluster of its
# own and stops it at the end (scripts/pg_cluster.sh, called by tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
scripts/pg_cluster.sh install
.venv/bin/ruff check .
.venv/bin/lint-imports --no-cache
# mypy: strict on scale, storage, exchange, services, privacy and messages (see [tool.mypy] in pyproject.toml)
typed=(
  fidelity_app.scale fidelity_app.storage fidelity_app.exchange fidelity_app.services
  fidelity_app.reports fidelity_app.cli fidelity_app.demo fidelity_app.paths
  fidelity_app.fileio fidelity_app.resources fidelity_app.privacy fidelity_app.cli_privacy
  fidelity_app.cli_argparse fidelity_app.cli_server fidelity_app.cli_sync
  fidelity_app.messages fidelity_app.launch fidelity_app.ui
)
.venv/bin/mypy "${typed[@]/#/-p}"
export QT_QPA_PLATFORM=offscreen
select=()
if [ -n "${FIDELITY_APP_SKIP_BUILDS:-}" ] && [ -z "${CI:-}" ]; then
  select=(-m "not packaging")
fi
exec .venv/bin/python -m pytest -n 2 -p no:cacheprovider ${select[@]+"${select[@]}"} "$@"
