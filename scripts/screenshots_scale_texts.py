"""Take the README's screenshots of the calculator and the scale-text editor, in Swedish,
offscreen at 1366x768.

Usage: .venv/bin/python scripts/screenshots_scale_texts.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from screenshots import grab, settle  # noqa: E402 - beside this script

from fidelity_app.demo import create_demo  # noqa: E402
from fidelity_app.services.app import open_app  # noqa: E402

SIZE = (1366, 768)
CALCULATOR_ITEM = "services-6"  # employer contacts per specialist and week: per-worker rows


def main() -> None:
    """A scratch demo database; figures for three specialists; the editor with one edit."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fidelity-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    db = tmp / "demo.db"
    app = open_app(db)
    _first, second = create_demo(app)
    rows = [{"label": "AS 1", "value": 5}, {"label": "AS 2", "value": 3},
            {"label": "AS 3", "value": 4}]
    app.calculations.set_inputs(second, CALCULATOR_ITEM, {"kind": "per-worker", "rows": rows})
    app.close()

    from fidelity_app.ui.dialogs.editions_dialog import EditionEditorDialog
    from fidelity_app.ui.dialogs.editions_presenter import EditionEditorPresenter
    from fidelity_app.ui.main import application, start_gui
    from fidelity_app.ui.settings import Settings

    qapp = application([])
    Settings().language = "sv"
    window = start_gui(str(db))
    assert window is not None
    window.resize(*SIZE)
    window.open_review(second)
    editor = window.editor
    editor.go_to(CALCULATOR_ITEM)
    view = editor.scoring.item_view
    settle(qapp)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    grab(qapp, window, out / "gui-calculator.png")

    presenter = EditionEditorPresenter(window.app, "ips-25.sv.builtin")
    presenter.edit(("edition", "name"), "Exempelkommunens formuleringar")
    first = presenter.pages[1].fields[3].path  # the first item's criterion for score 1
    presenter.edit(first, "Varje arbetsspecialist har fler än 40 deltagare per heltid.")
    dialog = EditionEditorDialog(presenter, window)
    dialog.resize(*SIZE)
    dialog.show()
    dialog.pages.setCurrentRow(1)
    grab(qapp, dialog, out / "gui-edition-editor.png")
    dialog.reject()
    window.app.close()


if __name__ == "__main__":
    main()
