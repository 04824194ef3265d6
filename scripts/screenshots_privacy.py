"""The README's pictures of the personal-data check, the retention notice and the log of
changes after finalising, in Swedish, at 1366x768.

Usage: .venv/bin/python scripts/screenshots_privacy.py [OUT_DIR]   (default: docs/images)

The review is the privacy tests' sample (tests/privacy_sample.py): notes with names, phone
numbers and an identity number in every kind of free text, finalised 45 days ago, reopened
once to correct a score.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from shot_window import ROOT, grab, grab_over, open_window, out_dir, scratch
from sqlalchemy import update

from fidelity_app.services.app import open_app
from fidelity_app.storage.models import Review

sys.path.insert(0, str(ROOT / "tests"))
from privacy_sample import make_sample  # noqa: E402 - the tests' sample review


def main() -> None:
    """The sample review, its change log, an old finalising date; then the three pictures."""
    out = out_dir()
    db = scratch() / "privacy.db"
    app = open_app(db)
    sample = make_sample(app, final=True)
    item = sample.first
    app.reviews.reopen(sample.review, "Verksamheten rättade antalet deltagare")
    app.reviews.set_score(sample.review, item, 5)
    app.reviews.set_item_text(sample.review, item, "rationale",
                              "Rättad lista visar 15 deltagare per specialist.")
    app.reviews.finalise(sample.review, clear_flags=True)
    with app.sessions.begin() as s:  # finalised 45 days ago: past the 30 days' retention
        s.execute(update(Review).where(Review.uuid == sample.review).values(
            finalised_at=datetime.now(UTC) - timedelta(days=45)))
    app.close()

    from fidelity_app.services.labels import item_label
    from fidelity_app.ui.dialogs.privacy_dialog import PrivacyDialog
    from fidelity_app.ui.dialogs.privacy_presenter import Output, PrivacyPresenter

    qapp, window = open_window(db)
    window.retention_bar.refresh()
    grab(qapp, window, out / "gui-retention-bar.png")

    window.open_review(sample.review)
    editor = window.editor
    editor.show_summary()
    qapp.processEvents()
    editor.summary.ensureWidgetVisible(editor.summary.history, 0, 200)
    grab(qapp, window, out / "gui-change-log.png")

    check = window.app.privacy.check_report(sample.review)
    scale = window.app.reviews.review_scale(sample.review)
    presenter = PrivacyPresenter(check, Output.REPORT,
                                 lambda item_id: item_label(scale, item_id).text())
    dialog = PrivacyDialog(presenter, window)
    grab_over(qapp, window, dialog, out / "gui-privacy-check.png")
    dialog.close()
    window.app.close()


if __name__ == "__main__":
    main()
