"""The README's picture of sending to a shared database: the dialog centred over the window,
in Swedish, at 1366x768.

Usage: .venv/bin/python scripts/screenshots_sync.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

from shot_window import grab_over, open_window, out_dir, scratch, settle

from fidelity_app.demo import create_demo
from fidelity_app.services.app import open_app


def main() -> None:
    """Open the demo in Swedish, show the send dialog."""
    out = out_dir()
    tmp = scratch()
    db = tmp / "demo.db"
    app = open_app(db)
    first, _ = create_demo(app)
    app.close()

    from fidelity_app.ui.dialogs.sync_dialog import SyncDialog

    qapp, window = open_window(db)
    window.select_review(first)
    settle(qapp)
    dialog = SyncDialog("push", r"S:\IPS-stöd\delad.db", str(tmp), window.selected_review(),
                        window)
    grab_over(qapp, window, dialog, out / "gui-send-dialog.png")
    dialog.close()
    window.close()


if __name__ == "__main__":
    main()
