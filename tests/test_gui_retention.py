"""The retention notice: a bar in the main window says when final reviews have kept their
personal notes past the setting, shows which and what goes before removing them; the setting
is changed in the settings dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from gui_modal import on_modal
from privacy_sample import EVIDENCE, STRENGTHS, evidence_of, make_sample
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import update

from fidelity_app.services.app import App
from fidelity_app.storage.models import Review
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.settings_dialog import SettingsDialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.settings import Settings


def finalised_days_ago(app: App, review_uuid: str, days: int) -> None:
    with app.sessions.begin() as s:
        s.execute(update(Review).where(Review.uuid == review_uuid).values(
            finalised_at=datetime.now(UTC) - timedelta(days=days)))


@pytest.fixture
def window(qtbot, app: App, qapp: QApplication, monkeypatch) -> Iterator[MainWindow]:
    languages = LanguageManager(qapp)
    languages.apply("en")
    win = MainWindow(app, Settings(), languages)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.isVisible)
    errors: list[tuple[object, ...]] = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: errors.append(args[1:]))
    yield win
    assert errors == []


def test_the_bar_names_the_due_reviews_and_removes_their_notes_when_asked(
    qtbot, app: App, window: MainWindow
) -> None:
    old = make_sample(app, final=True)
    recent = make_sample(app, final=True)
    finalised_days_ago(app, old.review, 45)
    finalised_days_ago(app, recent.review, 3)
    bar = window.retention_bar
    assert bar.isHidden()  # nothing is read before the window has shown
    bar.refresh()
    assert bar.isVisible()
    assert bar.label.text().startswith(
        "A final review still holds personal notes more than 30 days after it was finalised.")
    shown: list[tuple[str, str]] = []

    def agree(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText()))
        assert box.defaultButton().text() == "Cancel"  # removing is never the default
        next(b for b in box.buttons() if b.objectName() == "confirmButton").click()

    handler = on_modal(QMessageBox, agree)
    qtbot.keyClick(bar.remove_button, Qt.Key.Key_Space)
    handler.check()
    text, details = shown[0]
    assert "evidence notes" in text and "Kept: scores, strengths" in text
    assert details == "Arbetsstöd Syd, 2026-03-02 (final " + (
        datetime.now(UTC).date() - timedelta(days=45)).isoformat() + ")"
    gone = app.reviews.get_review(old.review)
    assert gone.notes(old.first).evidence == () and gone.notes(old.first).strengths == STRENGTHS
    assert gone.events[-1].kind == "personal-notes-removed"
    assert evidence_of(app.reviews.get_review(recent.review).notes(recent.first)) == EVIDENCE
    assert bar.isHidden()
    # 2 evidence entries, 1 reason, 2 own notes, and the 16 texts of the plan's template
    assert "Personal notes removed: 21." in window.statusBar().currentMessage()
    assert app.visit_plans.plan(old.review).documents == ()


def test_cancel_removes_nothing_and_not_now_hides_the_bar(
    qtbot, app: App, window: MainWindow
) -> None:
    sample = make_sample(app, final=True)
    finalised_days_ago(app, sample.review, 31)
    bar = window.retention_bar
    bar.refresh()
    handler = on_modal(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert not bar.remove_notes()
    handler.check()
    assert evidence_of(app.reviews.get_review(sample.review).notes(sample.first)) == EVIDENCE
    assert bar.isVisible()
    bar.later_button.click()
    assert bar.isHidden()


def test_the_retention_time_is_set_in_the_settings_dialog(
    qtbot, app: App, window: MainWindow
) -> None:
    sample = make_sample(app, final=True)
    finalised_days_ago(app, sample.review, 45)
    window.retention_bar.refresh()
    assert window.retention_bar.isVisible()

    def set_sixty(dialog: SettingsDialog) -> None:
        spin = dialog.retention
        assert spin.value() == 30
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "60")
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    handler = on_modal(SettingsDialog, set_sixty)
    window.edit_settings()
    handler.check()
    assert app.privacy.retention_days() == 60
    assert window.retention_bar.isHidden()  # 45 days is within the new time


def test_the_dialog_offers_no_retention_when_it_could_not_be_read(qapp) -> None:
    dialog = SettingsDialog("sv")
    assert dialog.retention_days() is None
    dialog.deleteLater()
