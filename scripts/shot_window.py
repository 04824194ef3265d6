"""What the screenshot scripts share: a scratch demo database, the window in Swedish at
1366x768 offscreen, and saving a widget (or a dialog over the window) as PNG."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1366, 768)  # a common municipal laptop screen


def out_dir() -> Path:
    """The folder named on the command line (default: docs/images), created if need be."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "images")
    out.mkdir(parents=True, exist_ok=True)
    return out


def scratch() -> Path:
    """A temporary folder for the database, with the program's settings kept inside it."""
    tmp = Path(tempfile.mkdtemp(prefix="fidelity-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    return tmp


def open_window(db: Path, language: str = "sv"):  # noqa: ANN201 - (QApplication, MainWindow)
    """The program's window on ``db`` in ``language``, at SIZE."""
    from fidelity_app.ui.main import application, start_gui
    from fidelity_app.ui.settings import Settings

    qapp = application([])
    Settings().language = language
    window = start_gui(str(db))
    assert window is not None
    window.resize(*SIZE)
    settle(qapp)
    return qapp, window


def settle(qapp: QApplication, rounds: int = 5) -> None:
    """Let layouts and timers run."""
    for _ in range(rounds):
        qapp.processEvents()


def grab(qapp: QApplication, widget: QWidget, path: Path) -> None:
    """Save a picture of ``widget`` as it is shown now."""
    widget.show()
    settle(qapp)
    widget.grab().save(str(path))
    print(f"wrote {path}")  # noqa: T201


def grab_over(qapp: QApplication, window: QWidget, dialog: QWidget, path: Path) -> None:
    """Save the window with ``dialog`` drawn centred over it, as the user sees it."""
    dialog.show()
    settle(qapp)
    picture = window.grab()
    shown = dialog.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint((picture.width() - shown.width()) // 2,
                              max(0, (picture.height() - shown.height()) // 2)), shown)
    painter.end()
    picture.save(str(path))
    print(f"wrote {path}")  # noqa: T201
