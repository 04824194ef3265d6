"""The visit plan dialog, driven by keys: cells saved as they are left, ticks by Space, rows
added, moved and removed, refusals said in the dialog, a final review read-only, the PDF
printed; the window's Review menu opens it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from gui_modal import on_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QTableWidget

from fidelity_app.services.app import App
from fidelity_app.ui.actions import WINDOW_ACTIONS, in_place
from fidelity_app.ui.visit_plan.dialog import VisitPlanDialog


def new_review(app: App, language: str = "sv") -> str:
    service = app.reviews.create_service("IPS Österby")
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 6, 2),
                                     end_date=date(2026, 6, 3), language=language,
                                     reviewers=["Karin Ek"]).uuid


@pytest.fixture
def review(app: App) -> str:
    return new_review(app)


@pytest.fixture
def dialog(qtbot, app: App, review: str) -> VisitPlanDialog:
    shown = VisitPlanDialog(app, review)
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    return shown


def type_into(qtbot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Go to a cell with the keyboard, open its editor (F2), replace the text, press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table, "F2 opened no editor"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the editor commits on the next turn of the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_a_cell_is_saved_when_left_in_its_stored_form(qtbot, app: App, review: str,
                                                      dialog: VisitPlanDialog) -> None:
    assert dialog.activities.rowCount() == 10 and dialog.documents.rowCount() == 6
    type_into(qtbot, dialog.activities, 1, 1, "9.15")
    stored = app.visit_plans.plan(review).activities[1]
    assert stored.start == "09:15"
    assert dialog.activities.item(1, 1).text() == "09:15"
    type_into(qtbot, dialog.activities, 1, 3, "Intervju med verksamhetschefen")
    assert app.visit_plans.plan(review).activities[1].activity == \
        "Intervju med verksamhetschefen"
    assert dialog.error.text() == ""


def test_space_ticks_an_activity_held_and_a_document_received(
    qtbot, app: App, review: str, dialog: VisitPlanDialog
) -> None:
    dialog.activities.setFocus()
    dialog.activities.setCurrentCell(2, 5)
    qtbot.keyClick(dialog.activities, Qt.Key.Key_Space)
    assert [a.activity for a in app.visit_plans.held_activities(review)] == [
        "Observation av IPS-teamets möte"]
    dialog.documents.setFocus()
    dialog.documents.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Space)
    assert app.visit_plans.plan(review).documents[0].received
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Space)
    assert not app.visit_plans.plan(review).documents[0].received


def test_a_name_where_a_role_belongs_is_refused_in_the_dialog(
    qtbot, app: App, review: str, dialog: VisitPlanDialog
) -> None:
    type_into(qtbot, dialog.activities, 3, 4, "Anna Andersson")
    assert "Anna Andersson" in dialog.error.text() and "as a role" in dialog.error.text()
    assert app.visit_plans.plan(review).activities[3].with_whom == "deltagare i grupp"
    assert dialog.activities.item(3, 4).text() == "deltagare i grupp"
    type_into(qtbot, dialog.activities, 3, 1, "25.00")  # not a time
    assert "25.00" in dialog.error.text()
    type_into(qtbot, dialog.activities, 3, 1, "11:30")
    assert dialog.error.text() == ""


def test_ctrl_down_moves_a_row_and_the_order_is_stored(
    qtbot, app: App, review: str, dialog: VisitPlanDialog
) -> None:
    before = [a.uuid for a in app.visit_plans.plan(review).activities]
    dialog.activities.setFocus()
    dialog.activities.setCurrentCell(0, 3)
    qtbot.keyClick(dialog.activities, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = [a.uuid for a in app.visit_plans.plan(review).activities]
    assert after == [before[1], before[0], *before[2:]]
    assert dialog.activities.currentRow() == 1  # the moved row stays current
    qtbot.keyClick(dialog.activities, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [a.uuid for a in app.visit_plans.plan(review).activities] == before


def test_a_document_is_added_typed_and_removed(qtbot, app: App, review: str,
                                               dialog: VisitPlanDialog) -> None:
    dialog.documents.setFocus()
    dialog.documents.setCurrentCell(5, 0)
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Add d&ocument
    # a mnemonic clicks its button after a short animation
    qtbot.waitUntil(lambda: dialog.documents.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Verksamhetsplan 2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.documents.state() != QAbstractItemView.State.EditingState)
    documents = app.visit_plans.plan(review).documents
    assert len(documents) == 7 and documents[6].name == "Verksamhetsplan 2026"
    assert dialog.documents.item(6, 0).text() == "Verksamhetsplan 2026"

    handler = on_modal(QMessageBox, lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        or b.text() == "Remove").click())
    dialog.documents.setCurrentCell(6, 0)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Remo&ve document
    qtbot.waitUntil(lambda: dialog.documents.rowCount() == 6)
    handler.check()
    assert len(app.visit_plans.plan(review).documents) == 6
    assert dialog.documents.rowCount() == 6


def test_an_edit_on_a_row_changed_elsewhere_is_refused_and_the_stored_row_shown(
    qtbot, app: App, review: str, dialog: VisitPlanDialog
) -> None:
    from dataclasses import replace

    elsewhere = app.visit_plans.plan(review).activities[0]
    app.visit_plans.save_activity(review, replace(elsewhere, activity="Ändrat i ett annat fönster"))
    type_into(qtbot, dialog.activities, 0, 3, "Mitt eget")
    assert "another window" in dialog.error.text()
    assert app.visit_plans.plan(review).activities[0].activity == "Ändrat i ett annat fönster"
    assert dialog.activities.item(0, 3).text() == "Ändrat i ett annat fönster"


def test_a_final_review_shows_its_plan_read_only(qtbot, app: App, review: str) -> None:
    for item in app.reviews.review_scale(review).items:
        app.reviews.set_score(review, item.id, 3)
    app.reviews.finalise(review)
    shown = VisitPlanDialog(app, review)
    qtbot.addWidget(shown)
    assert not shown.add_activity.isEnabled() and not shown.remove_document.isEnabled()
    flags = shown.activities.item(0, 3).flags()
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not shown.documents.item(0, 1).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "final" in shown.note.text()
    assert shown.print_button.isEnabled()


def test_an_empty_plan_starts_from_the_template(qtbot, app: App, review: str) -> None:
    plan = app.visit_plans.plan(review)
    for a in plan.activities:
        app.visit_plans.remove(review, "activity", a.uuid)
    for d in plan.documents:
        app.visit_plans.remove(review, "document", d.uuid)
    shown = VisitPlanDialog(app, review)
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    assert shown.template_button.isVisible() and shown.activities.rowCount() == 0
    qtbot.keyClick(shown, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown.activities.rowCount() == 10)
    assert not shown.template_button.isVisible()
    assert len(app.visit_plans.plan(review).activities) == 10


def test_the_plan_prints_as_pdf(qtbot, dialog: VisitPlanDialog, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    assert dialog.write_pdf(str(target))
    text = "".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "BESÖKSPLAN" in text and "IPS Österby" in text
    assert str(target) in dialog.note.text()


def test_the_review_menu_offers_the_visit_plan() -> None:
    spec = next(s for s in WINDOW_ACTIONS if s.id == "review.visit_plan")
    assert spec in in_place(WINDOW_ACTIONS, "review") and spec.keys == ("Ctrl+Shift+B",)
    assert spec.run == "review_actions.show_visit_plan"


def test_closing_with_a_cell_still_being_typed_in_saves_it(
    qtbot, app: App, review: str, dialog: VisitPlanDialog
) -> None:
    table = dialog.activities
    table.setFocus()
    table.setCurrentCell(4, 3)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Intervju med IPS-handledaren och enhetschefen")
    dialog.reject()  # the window's close button, without leaving the cell first
    assert app.visit_plans.plan(review).activities[4].activity == \
        "Intervju med IPS-handledaren och enhetschefen"
