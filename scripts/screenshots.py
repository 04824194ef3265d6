"""Take the README's screenshots of the review list, scoring and the summary, in Swedish,
offscreen at 1366x768.

Usage: .venv/bin/python scripts/screenshots.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

from shot_window import grab, open_window, out_dir, scratch

from fidelity_app.demo import create_demo
from fidelity_app.services.app import open_app


def main() -> None:
    """Fill a scratch database with the demo, open the window in Swedish and take pictures."""
    out = out_dir()
    db = scratch() / "demo.db"
    app = open_app(db)
    _first, second = create_demo(app)
    app.close()

    qapp, window = open_window(db)
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
