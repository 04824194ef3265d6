"""The action handlers work on the small interface the window offers, nothing more: here they
run on a stand-in that has only the members of ``WindowContext``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.ui import prompts
from fidelity_app.ui.backup_actions import BackupActions
from fidelity_app.ui.operations import Changes
from fidelity_app.ui.review_actions import ReviewActions
from fidelity_app.ui.settings import Settings


class StandIn(QWidget):
    """Only what ``WindowContext`` names, recording what the handlers ask of it."""

    def __init__(self, app: App, selected: ReviewSummary | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = Settings()
        self.language = "en"
        self.selected = selected
        self.calls: list[str] = []
        self.statuses: list[str] = []

    def widget(self) -> QWidget:
        return self

    def current_review_uuid(self) -> str | None:
        return self.selected.uuid if self.selected else None

    def selected_review(self) -> ReviewSummary | None:
        return self.selected

    def filter_service_uuid(self) -> str | None:
        return None

    def open_review(self, review_uuid: str, first_unscored: bool = False) -> bool:
        self.calls.append(f"open {review_uuid}")
        return True

    def show_list(self) -> bool:
        self.calls.append("list")
        return True

    def select_review(self, review_uuid: str | None, clear_filters: bool = False) -> None:
        self.calls.append(f"select {review_uuid}")

    def close_review(self) -> bool:
        return True

    def switch_app(self, app: App) -> None:
        self.app = app

    def start_dir(self) -> str:
        return str(Path.home())

    def flush_pending_edits(self) -> bool:
        self.calls.append("flush")
        return True

    def show_status(self, text: str, timeout: int = 0) -> None:
        self.statuses.append(text)

    def operation_done(self, changes: Changes) -> None:
        self.calls.append(f"done {changes.name}")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda _parent, title, text, details="": shown.append(
                            (title, text, details)))
    return shown


def test_back_up_now_flushes_first_and_reports_where(qtbot, app: App, errors) -> None:
    app.reviews.create_service("Arbetsstöd Norr")
    window = StandIn(app)
    qtbot.addWidget(window)
    backup = BackupActions(window).back_up_now()
    assert backup is not None and backup.path.is_file()
    assert window.calls == ["flush"]
    assert window.statuses == [f"Backed up to {backup.path}."]
    assert errors == []


def test_deleting_a_final_review_is_refused_with_the_services_reason(
        qtbot, app: App, errors) -> None:
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 3, 3))
    for item in app.scales.get("ips-25", "en").items:
        app.reviews.set_score(review.uuid, item.id, 4)
    app.reviews.finalise(review.uuid)
    window = StandIn(app, app.reviews.get_review(review.uuid).summary)
    qtbot.addWidget(window)
    ReviewActions(window).delete_review()
    assert errors == [("Cannot delete the review",
                       "A final review cannot be deleted. Reopen it first.", "")]
    assert window.calls == ["flush"] and window.statuses == []


def test_duplicating_selects_the_copy_in_the_list(qtbot, app: App, errors) -> None:
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 3, 3))
    window = StandIn(app, app.reviews.get_review(review.uuid).summary)
    qtbot.addWidget(window)
    ReviewActions(window).duplicate_review()
    [copy] = [r.uuid for r in app.reviews.list_reviews() if r.uuid != review.uuid]
    assert window.calls == ["flush", "done HISTORY", "list", f"select {copy}"]
    assert errors == []
