"""Take the README's screenshots from the running program, in Swedish, offscreen.

Usage: .venv/bin/python scripts/screenshots.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fidelity_app.demo import create_demo  # noqa: E402
from fidelity_app.services.app import open_app  # noqa: E402

SIZE = (1366, 768)  # a common municipal laptop screen


def settle(qapp: QApplication, rounds: int = 5) -> None:
    """Let layouts and timers run."""
    for _ in range(rounds):
        qapp.processEvents()


def grab(qapp: QApplication, widget: QWidget, path: Path) -> None:
    """Save a picture of ``widget`` as it is shown now."""
    settle(qapp)
    widget.grab().save(str(path))
    print(f"wrote {path}")  # noqa: T201


def main() -> None:
    """Fill a scratch database with the demo, open the window in Swedish and take pictures."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fidelity-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    db = tmp / "demo.db"
    app = open_app(db)
    first, second = create_demo(app)
    app.close()

    from fidelity_app.ui.main import application, start_gui
    from fidelity_app.ui.settings import Settings

    qapp = application([])
    Settings().language = "sv"
    window = start_gui(str(db))
    assert window is not None
    window.resize(*SIZE)
    grab(qapp, window, out / "gui-review-list.png")

    window.open_review(second)
    editor = window.editor
    editor.go_to("organization-3")
    grab(qapp, window, out / "gui-scoring.png")
    editor.show_summary()
    grab(qapp, window, out / "gui-summary.png")
    window.app.close()


if __name__ == "__main__":
    main()
