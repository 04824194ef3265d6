"""The factual check from the window: send, import the filled sheet, see the comments beside the
item (also on a 1366x768 screen in Swedish), refusals shown, the report's appendix."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_small_screen import editor_of, in_view, open_window, press

from fidelity_app.demo import create_demo
from fidelity_app.services.app import App
from fidelity_app.ui import prompts
from fidelity_app.ui.i18n import LanguageManager


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, title, text, details="": shown.append(
        (title, text, details)))
    return shown


def filled_copy(sheet: Path, comments: dict[str, str], name: str = "tillbaka.xlsx") -> Path:
    book = load_workbook(sheet)
    for row in book.worksheets[0].iter_rows(min_row=2):
        if row[0].value in comments:
            row[-1].value = comments[row[0].value]
    out = sheet.with_name(name)
    book.save(out)
    return out


def test_send_import_and_see_the_comments_beside_the_item(
    qtbot, app: App, languages: LanguageManager, tmp_path: Path, monkeypatch, errors
) -> None:
    draft = create_demo(app)[1]
    window = open_window(qtbot, app, languages, draft, size=None)
    folder = tmp_path / "ut"
    monkeypatch.setattr(prompts, "ask_folder", lambda *a: str(folder))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)  # do not open the folder
    assert window.action("review.factual_check").isEnabled()
    window.action("review.factual_check").trigger()
    assert errors == []
    (sheet,) = folder.glob("*.xlsx")
    assert len(list(folder.glob("*.pdf"))) == 1
    assert len(app.factual_checks.drafts(draft)) == 1
    assert "saved" in window.statusBar().currentMessage()

    filled = filled_copy(sheet, {"Personal 1": "Vi är fyra arbetsspecialister sedan november."})
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_open_path", lambda *a: str(filled))
    monkeypatch.setattr(prompts, "ask_text", lambda _p, _t, _l, text: asked.append(text)
                        or "Karin Lind")
    window.action("review.factual_import").trigger()
    assert errors == []
    assert asked == ["Arbetsstöd Norr"]  # the service's name is offered as the sender
    (comment,) = app.factual_checks.comments(draft)
    assert (comment.item_id, comment.sender) == ("staffing-1", "Karin Lind")
    assert "Comments stored: 1" in window.statusBar().currentMessage()

    editor = editor_of(window)
    panel = editor.scoring.item_view.service_comments
    editor.go_to("staffing-1")
    editor.focus_scoring()
    assert panel.isVisible()
    assert "Karin Lind" in panel.text.text()
    assert "Vi är fyra arbetsspecialister sedan november." in panel.text.text()
    press(qtbot, Qt.Key.Key_PageDown)  # the next item has no comment
    assert editor.current_item_id() == "staffing-2"
    assert not panel.isVisible()
    press(qtbot, Qt.Key.Key_PageUp)
    assert panel.isVisible()


def test_a_draft_sent_earlier_can_be_saved_again(
    qtbot, app: App, languages: LanguageManager, tmp_path: Path, monkeypatch, errors
) -> None:
    draft = create_demo(app)[1]
    window = open_window(qtbot, app, languages, draft, size=None)
    monkeypatch.setattr(prompts, "ask_folder", lambda *a: str(tmp_path / "ut"))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    window.action("review.factual_check").trigger()  # the first time: no question
    (sent_pdf,) = (tmp_path / "ut").glob("*.pdf")
    app.reviews.set_score(draft, "staffing-1", 2)  # the review goes on changing

    asked: list[list[str]] = []
    monkeypatch.setattr(prompts, "choose", lambda _p, _t, _x, options: asked.append(options)
                        or 1)
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(tmp_path / "igen.pdf"))
    window.action("review.factual_check").trigger()

    assert errors == []
    assert asked[0][0] == "Send a new draft" and asked[0][1].startswith("Save the draft sent ")
    assert (tmp_path / "igen.pdf").read_bytes() == sent_pdf.read_bytes()
    assert len(app.factual_checks.drafts(draft)) == 1  # nothing new was sent
    assert "Saved as" in window.statusBar().currentMessage()


def test_a_refused_sheet_is_shown_and_nothing_is_stored(
    qtbot, app: App, languages: LanguageManager, tmp_path: Path, monkeypatch, errors
) -> None:
    first, draft = create_demo(app)
    window = open_window(qtbot, app, languages, draft, size=None)
    other = filled_copy(app.factual_checks.write_sheet(first, tmp_path / "forra.xlsx"),
                        {"Personal 1": "Fel bedömning"})
    monkeypatch.setattr(prompts, "ask_open_path", lambda *a: str(other))
    monkeypatch.setattr(prompts, "ask_text", lambda *a: "Karin Lind")
    window.action("review.factual_import").trigger()
    (title, text, details), = errors
    assert title == "Import failed" and text.startswith("No comments were imported")
    assert "belongs to another review" in details and first in details
    assert app.factual_checks.comments(draft) == ()


def test_the_report_asks_and_adds_the_comments_as_an_appendix(
    qtbot, app: App, languages: LanguageManager, tmp_path: Path, monkeypatch, errors
) -> None:
    draft = create_demo(app)[1]
    sheet = app.factual_checks.write_sheet(draft, tmp_path / "ark.xlsx")
    app.factual_checks.import_comments(
        draft, filled_copy(sheet, {"Tjänster 1": "Stämmer inte."}), "Karin Lind")
    window = open_window(qtbot, app, languages, draft, size=None)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, _t, text, *a: questions.append(text)
                        or True)
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(tmp_path / "rapport.pdf"))
    saved: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, *a, **k: saved.append(text))
    window.action("file.report").trigger()
    qtbot.waitUntil(lambda: bool(saved) or bool(errors), timeout=60_000)
    assert errors == []
    assert questions and "appendix" in questions[0]
    last = pypdf.PdfReader(tmp_path / "rapport.pdf").pages[-1].extract_text()
    assert "Bilaga" in last and "Stämmer inte." in last


def test_the_comments_leave_all_five_criteria_in_view_on_a_laptop_in_swedish(
    qtbot, app: App, tmp_path: Path, qapp: QApplication
) -> None:
    swedish = LanguageManager(qapp)
    swedish.apply("sv")
    try:
        draft = create_demo(app)[1]
        sheet = app.factual_checks.write_sheet(draft, tmp_path / "ark.xlsx")
        long = ("Vi har anställt en fjärde arbetsspecialist i november och räknar därför med "
                "cirka 16 deltagare per heltid från januari. ") * 3
        app.factual_checks.import_comments(draft, filled_copy(sheet, {"Personal 1": long}),
                                           "Karin Lind, enhetschef")
        window = open_window(qtbot, app, swedish, draft)
        editor = editor_of(window)
        editor.go_to("staffing-1")
        panel = editor.scoring.item_view.service_comments
        assert panel.isVisible()
        assert panel.heading.text() == "Verksamhetens kommentarer (faktagranskning)"
        assert all(in_view(editor, score) for score in range(1, 6))
        window.grab().save(str(tmp_path / "faktagranskning-1366.png"))
        assert (tmp_path / "faktagranskning-1366.png").stat().st_size > 10_000
    finally:
        swedish.apply("en")
