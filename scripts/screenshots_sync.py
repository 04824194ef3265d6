"""Pictures of sending to a shared database: the dialog and its progress, in Swedish, at
1366x768 (each dialog drawn centred over the window, as the user sees it).

Usage: .venv/bin/python scripts/screenshots_sync.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fidelity_app.demo import create_demo  # noqa: E402
from fidelity_app.services.app import open_app  # noqa: E402
from scripts.screenshots import SIZE, settle  # noqa: E402


def grab_over(qapp: QApplication, window: QWidget, dialog: QWidget, path: Path) -> None:
    """Save the window with ``dialog`` drawn centred over it."""
    dialog.show()
    settle(qapp)
    picture = window.grab()
    shown = dialog.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint((picture.width() - shown.width()) // 2,
                              (picture.height() - shown.height()) // 3), shown)
    painter.end()
    picture.save(str(path))
    print(f"wrote {path}")  # noqa: T201


def main() -> None:
    """Open the demo in Swedish, show the send dialog and the progress of a run."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fidelity-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    db = tmp / "demo.db"
    app = open_app(db)
    first, _ = create_demo(app)
    app.close()

    from fidelity_app.ui.dialogs.sync_dialog import SyncDialog
    from fidelity_app.ui.main import application, start_gui
    from fidelity_app.ui.settings import Settings
    from fidelity_app.ui.sync_actions import SyncProgress

    qapp = application([])
    Settings().language = "sv"
    window = start_gui(str(db))
    assert window is not None
    window.resize(*SIZE)
    window.select_review(first)
    settle(qapp)
    dialog = SyncDialog("push", r"S:\IPS-stöd\delad.db", str(tmp), window.selected_review(),
                        window)
    grab_over(qapp, window, dialog, out / "gui-send-dialog.png")
    dialog.close()
    pull = SyncDialog("pull", r"S:\IPS-stöd\delad.db", str(tmp), parent=window)
    grab_over(qapp, window, pull, out / "gui-fetch-dialog.png")
    pull.close()
    progress = SyncProgress(window, "push")
    progress(31, 40)
    grab_over(qapp, window, progress.dialog, out / "gui-send-progress.png")
    progress.close()
    window.close()


if __name__ == "__main__":
    main()
