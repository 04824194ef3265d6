"""The dialogs of the main window: new service, new review, settings, about."""

from __future__ import annotations

from datetime import date

from gui_modal import on_modal
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from fidelity_app.services.app import App
from fidelity_app.ui.dialogs.about_dialog import AboutDialog
from fidelity_app.ui.dialogs.review_dialog import ReviewDialog
from fidelity_app.ui.dialogs.service_dialog import ServiceDialog
from fidelity_app.ui.dialogs.settings_dialog import SettingsDialog


def test_service_dialog_stores_the_service(qtbot, app: App) -> None:
    dialog = ServiceDialog(app)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # a name is required
    qtbot.keyClicks(dialog.name_edit, "  Arbetsstod Norr ")
    qtbot.keyClicks(dialog.organisation_edit, "Exempelkommun")
    qtbot.keyClicks(dialog.location_edit, "Exempelstad")
    qtbot.keyClicks(dialog.contact_edit, "Karin Lind, 010-123 45 67")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [stored] = app.reviews.list_services()
    assert (stored.name, stored.organisation, stored.location, stored.contact) == (
        "Arbetsstod Norr", "Exempelkommun", "Exempelstad", "Karin Lind, 010-123 45 67")
    assert dialog.service == stored


def test_service_dialog_keeps_input_when_the_service_refuses(qtbot, app: App) -> None:
    dialog = ServiceDialog(app)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("   ")
    dialog.organisation_edit.setText("Exempelkommun")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "must not be empty" in dialog.error.text()
    assert dialog.organisation_edit.text() == "Exempelkommun"
    assert app.reviews.list_services() == []


def test_review_dialog_creates_a_draft_with_everything_entered(qtbot, app: App) -> None:
    other = app.reviews.create_service("Jobbhuset")
    norr = app.reviews.create_service("Arbetsstod Norr", organisation="Exempelkommun")
    dialog = ReviewDialog(app, service_uuid=norr.uuid, language="sv")
    qtbot.addWidget(dialog)
    assert dialog.service_combo.currentData() == norr.uuid
    assert dialog.language_combo.currentData() == "sv"
    assert dialog.scale_combo.currentData() == "ips-25"
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData(other.uuid))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("dialogue-meeting"))
    dialog.start_edit.setDate(QDate(2026, 3, 10))
    dialog.end_check.setChecked(True)
    assert dialog.end_edit.isEnabled()
    assert dialog.end_edit.minimumDate() == QDate(2026, 3, 10)
    dialog.end_edit.setDate(QDate(2026, 3, 11))

    dialog.show()
    names = dialog.reviewers
    for name in ("Anna Andersson", "Bertil Berg", "Cecilia Ek"):
        qtbot.keyClicks(names.name_edit, name)
        qtbot.keyClick(names.name_edit, Qt.Key.Key_Return)  # adds; does not close the dialog
    assert dialog.isVisible()
    assert names.names() == ["Anna Andersson", "Bertil Berg", "Cecilia Ek"]
    qtbot.keyClicks(names.name_edit, "anna andersson")
    assert not names.add_button.isEnabled()  # the same name twice is not added
    names.name_edit.clear()
    names.list.setCurrentRow(1)
    qtbot.keyClick(names.list, Qt.Key.Key_Delete)
    assert names.names() == ["Anna Andersson", "Cecilia Ek"]
    qtbot.keyClicks(names.name_edit, "Dan Ek")  # typed but not added: accepting adds it
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.review is not None
    [review] = app.reviews.list_reviews()
    assert review.uuid == dialog.review.uuid
    assert review.service_uuid == other.uuid
    assert review.kind == "dialogue-meeting"
    assert (review.start_date, review.end_date) == (date(2026, 3, 10), date(2026, 3, 11))
    assert review.reviewers == ("Anna Andersson", "Cecilia Ek", "Dan Ek")
    assert (review.language, review.scale_id, review.status) == ("en", "ips-25", "draft")


def test_review_dialog_creates_the_service_on_the_way(qtbot, app: App) -> None:
    dialog = ReviewDialog(app, language="en")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no service yet

    def fill(service_dialog) -> None:
        qtbot.keyClicks(service_dialog.name_edit, "Arbetsstod Syd")
        qtbot.keyClicks(service_dialog.organisation_edit, "Region Exempel")
        qtbot.mouseClick(service_dialog.ok_button, Qt.MouseButton.LeftButton)

    handler = on_modal(ServiceDialog, fill)
    qtbot.mouseClick(dialog.new_service_button, Qt.MouseButton.LeftButton)
    handler.check()
    [service] = app.reviews.list_services()
    assert service.organisation == "Region Exempel"
    assert dialog.service_combo.currentData() == service.uuid
    assert ok.isEnabled()
    dialog.accept()
    assert app.reviews.list_reviews()[0].service_name == "Arbetsstod Syd"


def test_about_box_says_which_criteria_follow_the_published_scale(qtbot, app: App) -> None:
    dialog = AboutDialog(app.scales, "sv", "/data/fidelity.db")
    qtbot.addWidget(dialog)
    text = dialog.scale_text.toPlainText()
    scale = app.scales.get("ips-25", "sv")
    verified = [it for it in scale.items if it.verification == "verified"]
    recalled = [it for it in scale.items if it.verification == "recalled"]
    assert verified and recalled
    assert f"Criteria that follow the published scale ({len(verified)})" in text
    assert f"Criteria paraphrased from secondary descriptions ({len(recalled)})" in text
    follow, paraphrased = text.split("Criteria paraphrased from secondary descriptions")
    for item in verified:
        assert item.title in follow and item.title not in paraphrased
        assert item.source_note.split("\n")[0][:60] in follow
    for item in recalled:
        assert item.title in paraphrased
    assert scale.attribution[:80] in text
    assert "/data/fidelity.db" in dialog.about_text.toPlainText()


def test_settings_dialog_offers_the_languages(qtbot) -> None:
    dialog = SettingsDialog("sv")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "sv"]
    assert dialog.language_setting() == "sv"
    assert combo.itemText(0).startswith("System language (")
    combo.setCurrentIndex(1)
    assert dialog.language_setting() == "en"


def unreachable_mnemonics(root: QWidget) -> list[str]:
    """Labels showing an ``&`` mnemonic that leads nowhere (no buddy to jump to)."""
    return [label.text() for label in root.findChildren(QLabel)
            if "&" in label.text().replace("&&", "") and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText]


def test_every_label_mnemonic_leads_to_its_field(qtbot, app: App) -> None:
    app.reviews.create_service("Arbetsstod Norr")
    for dialog in (ServiceDialog(app), ReviewDialog(app), SettingsDialog(""),
                   AboutDialog(app.scales, "en")):
        qtbot.addWidget(dialog)
        assert unreachable_mnemonics(dialog) == [], type(dialog).__name__
