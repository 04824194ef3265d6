"""The action dialog (create, edit, validation) and the follow-up in the scoring view: the
previous score and the open actions carried over from earlier reviews, "Create action…"."""

from __future__ import annotations

from datetime import date

import pytest
from history_sample import SECOND, make_history
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from fidelity_app.services.app import App
from fidelity_app.ui.dialogs.action_dialog import ActionDialog
from fidelity_app.ui.review_editor import ReviewEditor


@pytest.fixture
def sample(app: App) -> dict[str, str]:
    return make_history(app)


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


# -- the dialog -------------------------------------------------------------------------------


def test_creating_an_action_stores_everything_entered(
        qtbot, app: App, sample: dict[str, str]) -> None:
    reviews = list(reversed(app.history.reviews_of(sample["service"])))
    dialog = ActionDialog(app, reviews, item_id="services-13", what="  Fler möten ute  ")
    qtbot.addWidget(dialog)
    assert dialog.review_combo.currentData() == sample["third"]
    assert dialog.item_combo.currentData() == "services-13"
    assert dialog.item_combo.count() == 25
    assert dialog.what_edit.toPlainText() == "Fler möten ute"
    assert dialog.status_combo.currentData() == "planned"
    assert not dialog.due_edit.isEnabled()
    dialog.responsible_edit.setText("Handledare")
    dialog.due_check.setChecked(True)
    assert dialog.due_edit.isEnabled()
    dialog.due_edit.setDate(QDate(2027, 3, 31))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in-progress"))
    dialog.outcome_edit.setPlainText("Startat i december")
    dialog.accept()
    assert accepted(dialog)
    stored = app.actions.get_action(dialog.action.uuid)
    assert (stored.review_uuid, stored.item_id, stored.what, stored.responsible,
            stored.due_date, stored.status, stored.outcome) == (
        sample["third"], "services-13", "Fler möten ute", "Handledare", date(2027, 3, 31),
        "in-progress", "Startat i december")


def test_editing_changes_the_status_and_outcome_and_can_clear_the_due_date(
        qtbot, app: App, sample: dict[str, str]) -> None:
    dialog = ActionDialog(app, action=app.actions.get_action(sample["planned"]))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit action"
    assert dialog.review_combo.isHidden() and not dialog.review_text.isHidden()
    assert dialog.review_text.text().startswith("2025-10-14")
    assert dialog.item_text.text().startswith("Organisation 8 · ")
    assert dialog.due_check.isChecked() and dialog.status_combo.currentData() == "planned"
    dialog.due_check.setChecked(False)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    dialog.outcome_edit.setPlainText("Planen antagen i styrgruppen")
    dialog.accept()
    assert accepted(dialog)
    stored = app.actions.get_action(sample["planned"])
    assert (stored.status, stored.outcome, stored.due_date) == (
        "done", "Planen antagen i styrgruppen", None)
    assert stored.what == "Årlig plan för IPS"  # unchanged


def test_a_closed_action_keeps_its_plan_until_it_is_reopened(
        qtbot, app: App, sample: dict[str, str]) -> None:
    dialog = ActionDialog(app, action=app.actions.get_action(sample["done"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.what_edit.isReadOnly() and not dialog.due_check.isEnabled()
    assert dialog.closed_note.isVisible()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in-progress"))
    assert not dialog.what_edit.isReadOnly() and not dialog.closed_note.isVisible()
    dialog.what_edit.setPlainText("Fler arbetsgivarkontakter, nu åtta i veckan")
    dialog.accept()
    assert accepted(dialog)
    stored = app.actions.get_action(sample["done"])
    assert (stored.status, stored.what) == ("in-progress",
                                            "Fler arbetsgivarkontakter, nu åtta i veckan")


def test_an_empty_description_is_refused_with_a_message_and_nothing_stored(
        qtbot, app: App, sample: dict[str, str]) -> None:
    before = app.actions.list_actions(sample["service"])
    dialog = ActionDialog(app, review_uuid=sample["second"], item_id="staffing-1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.what_edit.setPlainText("   \n ")
    dialog.responsible_edit.setText("Enhetschef")
    dialog.accept()
    assert not accepted(dialog) and dialog.isVisible()
    assert dialog.error.text() == "Say what will be done: an action needs a description."
    assert dialog.error.isVisible()
    assert dialog.responsible_edit.text() == "Enhetschef"  # nothing typed is lost
    assert app.actions.list_actions(sample["service"]) == before


def test_a_refusal_of_the_service_is_shown_and_the_dialog_stays_open(
        qtbot, app: App, sample: dict[str, str]) -> None:
    dialog = ActionDialog(app, action=app.actions.get_action(sample["planned"]))
    qtbot.addWidget(dialog)
    dialog.show()
    app.actions.delete_action(sample["planned"])  # e.g. by another window meanwhile
    dialog.outcome_edit.setPlainText("Klar")
    dialog.accept()
    assert not accepted(dialog)
    assert dialog.error.text() == (f"Not saved: There is no action with id "
                                   f"{sample['planned']}.")
    assert dialog.outcome_edit.toPlainText() == "Klar"


# -- the follow-up in the scoring view --------------------------------------------------------


def make_editor(qtbot, app: App, review: str) -> ReviewEditor:  # noqa: ANN001
    editor = ReviewEditor(app, review)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    return editor


def test_scoring_view_shows_the_previous_score_and_the_open_actions_carried_over(
        qtbot, app: App, sample: dict[str, str]) -> None:
    editor = make_editor(qtbot, app, sample["third"])
    panel = editor.scoring.item_view.follow_up
    editor.go_to("organization-8")
    assert panel.isVisible()
    text = panel.text()
    assert f"Previous review (2025-10-14, External review): score {SECOND['organization-8']}" \
        in text
    # still open from the first review (in progress, overdue) and from the second (planned)
    assert "Ledningen tar upp IPS i styrgruppen" in text and "overdue" in text
    assert "Årlig plan för IPS" in text
    assert "In progress · Verksamhetschef · due 2025-12-31 · overdue" in text
    # an action that is done is not carried over
    editor.go_to("services-6")
    assert "Fler arbetsgivarkontakter" not in panel.text()
    assert f"score {SECOND['services-6']}" in panel.text()
    # this review's own action is shown as planned now
    editor.go_to("services-3")
    assert "Actions planned in this review:" in panel.text()
    assert "Utbildning i arbetsbaserad bedömning" in panel.text()


def test_the_first_review_has_no_follow_up(qtbot, app: App, sample: dict[str, str]) -> None:
    editor = make_editor(qtbot, app, sample["first"])
    editor.go_to("staffing-2")
    assert editor.scoring.item_view.follow_up.isHidden()
    assert editor.scoring.item_view.follow_up.text() == ""


def test_create_action_starts_from_the_area_for_development(
        qtbot, app: App, sample: dict[str, str]) -> None:
    editor = make_editor(qtbot, app, sample["third"])
    editor.go_to("staffing-2")
    notes = editor.scoring.notes
    button = editor.follow_up.button
    assert button.isVisible() and button.text() == "Create action…"
    assert notes.layout().indexOf(button) == notes.layout().indexOf(
        notes.edits["development"]) + 1  # right under the areas for development
    seen: list[ActionDialog] = []

    def run(dialog: QWidget) -> bool:
        assert isinstance(dialog, ActionDialog)
        seen.append(dialog)
        dialog.responsible_edit.setText("Enhetschef")
        dialog.accept()
        return accepted(dialog)

    notes.edits["development"].setPlainText("Flytta boendestödet till annan personal.")
    editor.follow_up.run_dialog = run
    with qtbot.waitSignal(editor.statusMessage):
        button.click()
    [dialog] = seen
    assert dialog.item_combo.currentData() == "staffing-2"
    assert dialog.review_combo.currentData() == sample["third"]
    [stored] = app.actions.list_actions(sample["service"], item_id="staffing-2")
    assert (stored.what, stored.responsible, stored.review_uuid) == (
        "Flytta boendestödet till annan personal.", "Enhetschef", sample["third"])
    assert "Flytta boendestödet" in editor.scoring.item_view.follow_up.text()
    # the development note itself was saved as usual
    assert editor.flush()
    assert app.reviews.get_review(sample["third"]).notes("staffing-2").development == (
        "Flytta boendestödet till annan personal.")


def test_a_cancelled_create_action_stores_nothing(
        qtbot, app: App, sample: dict[str, str]) -> None:
    editor = make_editor(qtbot, app, sample["first"])
    editor.follow_up.run_dialog = lambda dialog: False
    before = app.actions.list_actions(sample["service"])
    editor.follow_up.button.click()
    assert app.actions.list_actions(sample["service"]) == before
