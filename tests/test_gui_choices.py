"""Choices asked with keys: finalising with open questions, a service that exists already
(created by hand or met in an imported file). Each answer is checked in the database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fidelity_app.services.app import App
from fidelity_app.ui import prompts as window_prompts
from fidelity_app.ui.dialogs.choice_dialog import ChoiceDialog
from fidelity_app.ui.dialogs.service_dialog import ServiceDialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.review_editor import ReviewEditor
from fidelity_app.ui.scoring import prompts
from fidelity_app.ui.settings import Settings

ALT = Qt.KeyboardModifier.AltModifier
FLAGGED = ("organization-1", "services-2")


@pytest.fixture
def scored(app: App) -> str:
    """A Swedish review with every item scored and two items flagged as needing more
    information."""
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 3, 10), language="sv",
                                       reviewers=["Anna Andersson", "Bertil Berg"]).uuid
    for item in app.scales.get("ips-25", "sv").items:
        app.reviews.set_score(review, item.id, 4)
    for item_id in FLAGGED:
        app.reviews.set_needs_info(review, item_id, True, "Fråga enhetschefen om listan")
    return review


@pytest.fixture
def editor(qtbot, app: App, scored: str) -> ReviewEditor:
    widget = ReviewEditor(app, scored)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def press_finalise(qtbot, editor: ReviewEditor) -> None:
    """The Finalise button of the summary page, reached and pressed with the keyboard."""
    editor.show_summary()
    button = editor.summary.finalise_button
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


class Answer:
    """Answers the next choice dialog with a key once it is the active window (as a user
    would), noting the lines it listed; gives up (closing it) rather than hang."""

    def __init__(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.key, self.modifier = key, modifier
        self.seen: list[list[str]] = []
        self.polls = 0
        QTimer.singleShot(0, self.answer)

    def answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChoiceDialog) or not dialog.isActiveWindow():
            self.polls += 1
            if isinstance(dialog, ChoiceDialog) and self.polls > 300:
                dialog.reject()
            elif self.polls < 500:
                QTimer.singleShot(10, self.answer)
            return
        self.seen.append([dialog.lines.item(i).text() for i in range(dialog.lines.count())])
        QTest.keyClick(dialog, self.key, self.modifier)

    def check(self) -> list[str]:
        """The lines of the one dialog answered."""
        assert len(self.seen) == 1, self.seen
        return self.seen[0]


def flags(app: App, review: str) -> set[str]:
    return {k for k, n in app.reviews.get_review(review).items.items() if n.needs_info}


def test_open_questions_are_listed_and_enter_goes_back_to_the_first(
    qtbot, editor: ReviewEditor, app: App, scored: str
) -> None:
    handler = Answer(Qt.Key.Key_Return)
    press_finalise(qtbot, editor)
    scale = app.scales.get("ips-25", "sv")
    assert handler.check() == ["Organisation 1 · " + scale.item("organization-1").short_title,
                               "Tjänster 2 · " + scale.item("services-2").short_title]
    assert app.reviews.get_review(scored).summary.status == "draft"
    assert flags(app, scored) == set(FLAGGED)
    assert editor.current_item_id() == "organization-1"  # shown, to resolve
    assert editor.focusWidget() is editor.scoring.item_view.criteria

    handler = Answer(Qt.Key.Key_Escape)
    press_finalise(qtbot, editor)
    handler.check()
    assert app.reviews.get_review(scored).summary.status == "draft"


def test_finalise_anyway_clears_the_flags_and_records_it(
    qtbot, editor: ReviewEditor, app: App, scored: str
) -> None:
    handler = Answer(Qt.Key.Key_F, ALT)
    press_finalise(qtbot, editor)
    handler.check()
    detail = app.reviews.get_review(scored)
    assert detail.summary.status == "final"
    assert flags(app, scored) == set()
    assert detail.notes("organization-1").needs_info_reason == "Fråga enhetschefen om listan"
    finalised = detail.events[-1]
    assert finalised.kind == "finalised"
    assert "Organisation 1 · Koppling till behandlingsteam" in finalised.reason
    assert "Tjänster 2 · Frivilligt att berätta" in finalised.reason
    assert editor.final_banner.isVisible()


def test_a_flag_set_in_another_window_meanwhile_is_asked_about(
    qtbot, editor: ReviewEditor, app: App, scored: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for item_id in FLAGGED:
        app.reviews.set_needs_info(scored, item_id, False)
    editor.reload()
    app.reviews.set_needs_info(scored, "staffing-1", True)  # another window, unseen here
    monkeypatch.setattr(prompts, "confirm_finalise", lambda *a: True)
    handler = Answer(Qt.Key.Key_Return)
    press_finalise(qtbot, editor)
    assert handler.check()[0].startswith("Personal 1 · ")
    assert app.reviews.get_review(scored).summary.status == "draft"
    assert editor.current_item_id() == "staffing-1"
    assert editor.scoring.notes.needs_info.isChecked()


# -- one service, one history -----------------------------------------------------------------


@pytest.fixture
def window(qtbot, app: App, languages: LanguageManager) -> MainWindow:
    win = MainWindow(app, Settings(), languages)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def new_service_dialog(qtbot, app: App, name: str, then: Answer) -> ServiceDialog:
    """The new-service dialog with ``name`` typed and Enter pressed; ``then`` answers the
    question that follows."""
    dialog = ServiceDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.organisation_edit, "Norrby kommun")
    qtbot.keyClick(dialog.organisation_edit, Qt.Key.Key_Return)
    then.check()
    return dialog


def test_a_new_service_named_like_a_stored_one_offers_that_one(qtbot, app: App) -> None:
    stored = app.reviews.create_service("IPS-teamet Norr", organisation="Norrby kommun")
    answer = Answer(Qt.Key.Key_Return)
    dialog = new_service_dialog(qtbot, app, "ips teamet, norr", answer)
    assert answer.check() == ["IPS-teamet Norr (Norrby kommun; reviews: 0)"]
    assert dialog.result() == ServiceDialog.DialogCode.Accepted
    assert dialog.service is not None and dialog.service.uuid == stored.uuid
    assert not dialog.created
    assert [s.uuid for s in app.reviews.list_services()] == [stored.uuid]


def test_cancel_keeps_the_dialog_open_and_creates_nothing(qtbot, app: App) -> None:
    app.reviews.create_service("IPS-teamet Norr", organisation="Norrby kommun")
    dialog = new_service_dialog(qtbot, app, "IPS-teamet Norr",
                                Answer(Qt.Key.Key_Escape))
    assert dialog.isVisible() and dialog.service is None
    assert dialog.focusWidget() is dialog.name_edit  # to change the name
    assert len(app.reviews.list_services()) == 1


def test_a_second_service_of_the_same_name_when_chosen(qtbot, app: App) -> None:
    stored = app.reviews.create_service("IPS-teamet Norr", organisation="Norrby kommun")
    dialog = new_service_dialog(qtbot, app, "IPS-teamet Norr",
                                Answer(Qt.Key.Key_N, ALT))
    assert dialog.service is not None and dialog.service.uuid != stored.uuid
    assert dialog.created
    assert len(app.reviews.list_services()) == 2


def file_of_other_service(app: App, tmp_path: Path) -> tuple[Path, str]:
    """A review file of "JOBBHUSET" under an id not stored here, while "Jobbhuset" is."""
    service = app.reviews.create_service("Jobbhuset")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 2, 1), language="sv")
    path = app.exchange.export_review(review.uuid, tmp_path / "granskning.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["service"]["id"] = "0f0e0d0c-0b0a-4909-8807-060504030201"
    data["service"]["name"] = "JOBBHUSET"
    data["review"]["id"] = "1f0e0d0c-0b0a-4909-8807-060504030201"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, service.uuid


@pytest.fixture
def no_error_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(window_prompts, "show_error",
                        lambda _p, title, text, details="": shown.append(text))
    return shown


def test_an_import_matching_by_name_asks_and_enter_uses_the_stored_service(
    qtbot, window: MainWindow, app: App, tmp_path: Path, no_error_boxes: list[str]
) -> None:
    path, stored = file_of_other_service(app, tmp_path)
    handler = Answer(Qt.Key.Key_Return)
    assert window.import_path(str(path))
    assert handler.check() == ["Jobbhuset (reviews: 1)"]
    assert no_error_boxes == []
    imported = app.reviews.get_review("1f0e0d0c-0b0a-4909-8807-060504030201")
    assert imported.service.uuid == stored
    assert len(app.reviews.list_services()) == 1


def test_an_import_can_make_a_new_service_or_import_nothing(
    qtbot, window: MainWindow, app: App, tmp_path: Path, no_error_boxes: list[str]
) -> None:
    path, stored = file_of_other_service(app, tmp_path)
    handler = Answer(Qt.Key.Key_Escape)
    assert not window.import_path(str(path))
    handler.check()
    assert len(app.reviews.list_reviews()) == 1 and no_error_boxes == []

    handler = Answer(Qt.Key.Key_N, ALT)
    assert window.import_path(str(path))
    handler.check()
    imported = app.reviews.get_review("1f0e0d0c-0b0a-4909-8807-060504030201")
    assert imported.service.uuid != stored and imported.service.name == "JOBBHUSET"
