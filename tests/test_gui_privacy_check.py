"""The check for personal data before a report or review file leaves the program from the
window: each finding in context, replaced in the stored text, in the output only, or left;
Cancel writes nothing. Driven by keys; the written PDF and file are read back."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from privacy_sample import EVIDENCE, RECOMMENDATIONS, evidence_of, make_sample
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fidelity_app.services.app import App
from fidelity_app.services.privacy import REPLACED_EVENT
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.privacy_dialog import PrivacyDialog
from fidelity_app.ui.dialogs.privacy_presenter import Choice, Output, PrivacyPresenter
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.settings import Settings

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
KEEP = (Qt.Key.Key_L, ALT)
OUTPUT = (Qt.Key.Key_O, ALT)
STORED = (Qt.Key.Key_S, ALT)
ALL = (Qt.Key.Key_A, ALT)
DOWN = (Qt.Key.Key_Down, NONE)
CONTINUE = (Qt.Key.Key_Return, NONE)
CANCEL = (Qt.Key.Key_Escape, NONE)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


class Keys:
    """Presses keys in the privacy dialog once it opens; records what its list showed."""

    def __init__(self, *keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
        self.keys = list(keys)
        self.rows: list[list[str]] = []
        self.context = ""
        self.waits = 0
        QTimer.singleShot(0, self.press)

    def press(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PrivacyDialog):
            QTimer.singleShot(10, self.press)
            return
        if not dialog.isActiveWindow() and self.waits < 50:
            self.waits += 1
            dialog.activateWindow()
            QTimer.singleShot(10, self.press)
            return
        tree = dialog.findings
        self.context = dialog.context.text()
        for n, (key, modifier) in enumerate(self.keys):
            if n == len(self.keys) - 1:  # the list as it is when the user closes the dialog
                self.rows = [[tree.topLevelItem(i).text(c) for c in range(5)]
                             for i in range(tree.topLevelItemCount())]
            QTest.keyClick(dialog.focusWidget() or dialog, key, modifier)
            QTest.qWait(150)  # a button's key clicks it after a short animation


@pytest.fixture
def window(qtbot, app: App, qapp: QApplication, monkeypatch) -> Iterator[MainWindow]:
    languages = LanguageManager(qapp)
    languages.apply("en")
    win = MainWindow(app, Settings(), languages)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)  # "Open the report?"
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    errors: list[tuple[object, ...]] = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: errors.append(args[1:]))
    yield win
    assert errors == []


def test_the_presenter_holds_a_choice_per_finding(app: App) -> None:
    sample = make_sample(app)
    check = app.privacy.check_report(sample.review)
    presenter = PrivacyPresenter(check, Output.REPORT, lambda item_id: f"<{item_id}>")
    rows = presenter.rows()
    first = rows[0]
    assert (first.item, first.field, first.kind, first.text) == (
        f"<{sample.first}>", "Evidence", "Name", "Ahmed Hassan")
    assert first.before == "Deltagaren " and first.after.startswith(" (811218-9876)")
    assert "<span" in first.context_html() and "Ahmed Hassan</span>" in first.context_html()
    assert any(r.item == "Whole review" and r.field == "Overall recommendations" for r in rows)
    assert presenter.output_findings() == list(check.findings)  # replaced in the file: default
    assert presenter.stored_findings() == []
    presenter.choose(0, Choice.STORED)
    presenter.choose(1, Choice.KEEP)
    assert presenter.stored_findings() == [check.findings[0]]
    assert check.findings[1] not in presenter.output_findings()
    assert check.findings[0] in presenter.output_findings()
    assert presenter.plan_text() == (
        f"Replace in the stored text: 1 · Replace in this file only: {check.count - 2} · "
        "Leave as it is: 1")
    presenter.choose_all(Choice.KEEP)
    assert presenter.output_findings() == []
    assert presenter.intro().startswith("Passages in the report that look like personal data: "
                                        "Name (")
    assert "replace it with [deltagare]" in presenter.intro()


def test_a_report_with_findings_replaced_in_the_output_only(
    qtbot, app: App, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    sample = make_sample(app, final=True)
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.refresh()
    window.list_page.select(sample.review)
    keys = Keys(CONTINUE)  # every finding: replaced in this file only
    window.action("file.report").trigger()
    qtbot.waitUntil(lambda: "Report saved" in window.statusBar().currentMessage(),
                    timeout=30_000)
    assert keys.rows[0][1:] == ["Evidence", "Name", "Ahmed Hassan", "Replace in this file only"]
    assert "Ahmed Hassan" in keys.context and "Deltagaren" in keys.context
    text = pdf_text(target)
    for secret in ("Ahmed Hassan", "811218-9876", "Per Andersson", "Karin Nilsson"):
        assert secret not in text
    assert "Deltagaren [deltagare] ([deltagare]) har fått jobb." in text
    stored = app.reviews.get_review(sample.review)  # the stored notes stay as they were
    assert evidence_of(stored.notes(sample.first)) == EVIDENCE
    assert stored.summary_recommendations == RECOMMENDATIONS


def test_a_review_file_with_one_finding_replaced_in_the_stored_text_and_one_left(
    qtbot, app: App, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    sample = make_sample(app)
    target = tmp_path / "granskning.json"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.refresh()
    window.list_page.select(sample.review)
    keys = Keys(STORED, DOWN, KEEP, CONTINUE)  # the name: stored; the number: left
    window.action("file.export").trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert [r[3:] for r in keys.rows[:2]] == [
        ["Ahmed Hassan", "Replace in the stored text"], ["811218-9876", "Leave as it is"]]
    data = json.loads(target.read_text("utf-8"))
    evidence = next(i for i in data["items"] if i["id"] == sample.first)["evidence"]
    assert evidence[0]["text"].startswith("Deltagaren [deltagare] (811218-9876) har fått jobb.")
    assert "Per Andersson" not in json.dumps(data, ensure_ascii=False)  # output only
    stored = app.reviews.get_review(sample.review)
    assert evidence_of(stored.notes(sample.first)) == EVIDENCE.replace("Ahmed Hassan",
                                                                   "[deltagare]")
    assert stored.summary_recommendations == RECOMMENDATIONS
    assert stored.events[-1].kind == REPLACED_EVENT


def test_the_same_choice_for_all_findings(
    qtbot, app: App, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    sample = make_sample(app)
    target = tmp_path / "granskning.json"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.refresh()
    window.list_page.select(sample.review)
    keys = Keys(KEEP, ALL, CONTINUE)
    window.action("file.export").trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert {row[4] for row in keys.rows} == {"Leave as it is"}
    assert EVIDENCE in target.read_text("utf-8")  # the user chose to send it as it is
    assert evidence_of(app.reviews.get_review(sample.review).notes(sample.first)) == EVIDENCE


def test_cancel_writes_nothing(
    qtbot, app: App, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    sample = make_sample(app, final=True)
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(tmp_path / "r.pdf"))
    window.refresh()
    window.list_page.select(sample.review)
    keys = Keys(STORED, CANCEL)
    window.action("file.report").trigger()
    qtbot.waitUntil(lambda: bool(keys.rows), timeout=10_000)
    qtbot.wait(200)
    assert not (tmp_path / "r.pdf").exists()
    assert window.file_actions.report_jobs == []
    assert evidence_of(app.reviews.get_review(sample.review).notes(sample.first)) == EVIDENCE


def test_nothing_is_asked_when_nothing_is_found(
    qtbot, app: App, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    service = app.reviews.create_service("Arbetsstöd Väst")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 5, 4))
    app.evidence.add_evidence(review.uuid, app.scales.get("ips-25", "sv").items[0].id,
                              "Tolv av fjorton deltagare har arbete.", "records")
    target = tmp_path / "ren.json"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.refresh()
    window.list_page.select(review.uuid)
    window.action("file.export").trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "Tolv av fjorton" in target.read_text("utf-8")


def test_the_visit_plan_and_the_services_comments_are_named_and_replaced_where_stored(
    qtbot, app: App, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from test_privacy_more_places import ACTIVITY, COMMENT, SECRETS, make_visit

    visit = make_visit(app, tmp_path)
    target = tmp_path / "granskning.json"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a, **k: str(target))
    window.refresh()
    window.list_page.select(visit.review)
    keys = Keys(STORED, ALL, CONTINUE)  # every finding replaced in the stored text
    window.action("file.export").trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    places = {(row[0], row[1]) for row in keys.rows}
    assert {("Whole review", "Visit plan: activity"), ("Whole review", "Visit plan: with whom"),
            ("Whole review", "Visit plan: document asked for"),
            ("Whole review", "Change log: reason for reopening")} <= places
    assert any(field == "Service's comment (factual check)" and item != "Whole review"
               for item, field in places)
    text = target.read_text("utf-8")
    assert not any(secret in text for secret in SECRETS)
    stored = app.reviews.get_review(visit.review)
    assert stored.service_comments[0].comment == COMMENT.replace(
        "Sven Olsson", "[deltagare]").replace("sven.olsson@kommun.se", "[deltagare]")
    activity = next(a for a in app.visit_plans.plan(visit.review).activities
                    if a.uuid == visit.activity)
    assert activity.activity == ACTIVITY.replace("Sven Olsson", "[deltagare]").replace(
        "070-765 43 21", "[deltagare]")
    assert stored.events[-1].kind == REPLACED_EVENT


def test_the_draft_and_sheet_sent_for_factual_check_are_checked_first(
    qtbot, app: App, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from openpyxl import load_workbook

    sample = make_sample(app)
    folder = tmp_path / "ut"
    monkeypatch.setattr(prompts, "ask_folder", lambda *a: str(folder))
    window.refresh()
    window.list_page.select(sample.review)
    keys = Keys(CONTINUE)  # every finding: replaced in what is sent only
    window.action("review.factual_check").trigger()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.xlsx"))) == 1, timeout=30_000)
    assert keys.rows and keys.rows[0][1:] == [
        "Evidence", "Name", "Ahmed Hassan", "Replace in this file only"]
    (pdf,) = folder.glob("*.pdf")
    (sheet,) = folder.glob("*.xlsx")
    cells = " ".join(str(c.value) for row in load_workbook(sheet).worksheets[0].iter_rows()
                     for c in row if c.value)
    for text in (pdf_text(pdf), cells):
        assert "Ahmed Hassan" not in text and "811218-9876" not in text
        assert "Deltagaren [deltagare] ([deltagare]) har fått jobb." in text
    assert evidence_of(app.reviews.get_review(sample.review).notes(sample.first)) == EVIDENCE
