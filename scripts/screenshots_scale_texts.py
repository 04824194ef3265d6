"""Take the README's screenshots of the calculator and the scale-text editor, in Swedish,
offscreen at 1366x768.

Usage: .venv/bin/python scripts/screenshots_scale_texts.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

from shot_window import SIZE, grab, open_window, out_dir, scratch, settle

from fidelity_app.demo import create_demo
from fidelity_app.services.app import open_app

CALCULATOR_ITEM = "services-6"  # employer contacts per specialist and week: per-worker rows


def main() -> None:
    """A scratch demo database; figures for three specialists; the editor with one edit."""
    out = out_dir()
    db = scratch() / "demo.db"
    app = open_app(db)
    _first, second = create_demo(app)
    rows = [{"label": "AS 1", "value": 5}, {"label": "AS 2", "value": 3},
            {"label": "AS 3", "value": 4}]
    app.calculations.set_inputs(second, CALCULATOR_ITEM, {"kind": "per-worker", "rows": rows})
    app.close()

    from fidelity_app.ui.dialogs.editions_dialog import EditionEditorDialog
    from fidelity_app.ui.dialogs.editions_presenter import EditionEditorPresenter

    qapp, window = open_window(db)
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
