"""The calculator panel driven by keys: rows of figures, the live proposal, confirming it,
the figures kept when the review is opened again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App
from fidelity_app.ui.review_editor import ReviewEditor
from tests.test_gui_scoring import editor, focused, press, review_uuid, stored, type_text

__all__ = ["editor", "review_uuid"]  # fixtures used by name


def open_editor(qtbot, app: App, uuid: str) -> ReviewEditor:
    widget = ReviewEditor(app, uuid)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def test_caseload_rows_propose_a_score_that_is_confirmed_and_kept(
    qtbot, app: App, editor: ReviewEditor, db_path: Path, catalogue: ScaleCatalogue,
    review_uuid: str,
):
    calculator = editor.scoring.item_view.calculator
    assert editor.current_item_id() == "staffing-1"  # caseload: one row per specialist
    assert calculator.isVisible()
    calculator.fields[0][0].setFocus()
    type_text(qtbot, "AS1")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "22")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)  # Enter in the last field adds a row
    assert len(calculator.fields) == 2
    assert focused() is calculator.fields[1][0]
    type_text(qtbot, "AS2")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "x")
    assert "not a number" in calculator.message.text()
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0,5")
    # 31 participants / 1.5 full-time = 20.67: below 21 gives 5
    assert not calculator.message.isVisible()
    assert "Proposed score: 5" in calculator.proposal.text()
    assert calculator.rule.text()  # the scale's own rule
    assert stored(db_path, catalogue, review_uuid).notes("staffing-1").score is None
    assert calculator.apply_button.isEnabled()
    calculator.apply_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    detail = stored(db_path, catalogue, review_uuid)
    assert detail.notes("staffing-1").score == 5
    assert not calculator.apply_button.isEnabled()
    assert "follows the proposal" in calculator.decision.text()

    # Another score overrides the proposal, and the panel says so.
    editor.scoring.item_view.criteria.setFocus()
    press(qtbot, Qt.Key.Key_4)
    assert "overrides the proposal 5" in calculator.decision.text()
    editor.close()

    again = open_editor(qtbot, app, review_uuid)
    again.go_to("staffing-1")
    fields = again.scoring.item_view.calculator.fields
    assert [[f.text() for f in row] for row in fields] == [["AS1", "22", "1"],
                                                          ["AS2", "9", "0.5"]]  # English: "."


def test_a_row_is_removed_by_keyboard(qtbot, editor: ReviewEditor, db_path: Path,
                                      catalogue: ScaleCatalogue, review_uuid: str):
    editor.go_to("services-7")  # per-worker ratings 1-5, no measure
    calculator = editor.scoring.item_view.calculator
    calculator.fields[0][0].setFocus()
    for label, rating in (("A", "4"), ("B", "3"), ("C", "9")):
        type_text(qtbot, label)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, rating)
        press(qtbot, Qt.Key.Key_Return)
    assert "Row 3" in calculator.message.text()
    calculator.remove_buttons[2].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert len(calculator.fields) == 3  # the empty row added by the last Enter stays
    calculator.remove_buttons[2].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert not calculator.message.isVisible()
    # (4 + 3) / 2 = 3.5: a half goes to the lower point
    assert "Proposed score: 3" in calculator.proposal.text()
    inputs = stored(db_path, catalogue, review_uuid).calculations["services-7"].inputs
    assert [row.label for row in inputs.rows] == ["A", "B"]  # type: ignore[union-attr]
