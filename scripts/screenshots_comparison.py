"""Take the screenshots of two-reviewer scoring and the comparison, in Swedish, offscreen.

Usage: .venv/bin/python scripts/screenshots_comparison.py [OUT_DIR]   (default: docs/images)

The demo's second review is shown half-way through the consensus meeting: the agreed scores
of a few items are cleared first, so the comparison has proposals and open items to show.
"""

from __future__ import annotations

from shot_window import grab, open_window, out_dir, scratch, settle

from fidelity_app.demo import create_demo
from fidelity_app.services.app import open_app

# Items whose agreed score is not set yet in the pictures (the meeting is under way).
OPEN_ITEMS = ("services-1", "services-7", "services-8", "services-9", "services-10",
              "services-12", "services-13", "services-14")


def main() -> None:
    """Fill a scratch database with the demo, open the window in Swedish and take pictures."""
    out = out_dir()
    db = scratch() / "demo.db"
    app = open_app(db)
    _first, second = create_demo(app)
    for item_id in OPEN_ITEMS:
        app.reviews.set_score(second, item_id, None)
    # Anna is still scoring on her own: the last items are not done yet.
    for item_id in ("services-12", "services-13", "services-14"):
        app.ratings.set_rating(second, "Anna Andersson", item_id, None)
    app.close()

    qapp, window = open_window(db)
    window.open_review(second)
    editor = window.editor
    editor.reviewer_scoring.set_mode("Anna Andersson")
    editor.go_to("services-13")
    grab(qapp, window, out / "gui-reviewer-scoring.png")

    editor.reviewer_scoring.set_mode("")
    editor.show_comparison()
    settle(qapp)
    editor.comparison.open_comparison()
    editor.comparison.select("services-1")
    grab(qapp, window, out / "gui-comparison.png")
    window.app.close()


if __name__ == "__main__":
    main()
