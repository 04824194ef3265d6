"""The core works without Qt: importing it never loads PySide6."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "fidelity_app.cli", "fidelity_app.services.app", "fidelity_app.scale.scoring",
    "fidelity_app.scale.loader", "fidelity_app.exchange.reader", "fidelity_app.demo",
]


def test_core_modules_do_not_import_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == ""
