"""Help → About the scale: where the texts come from and how figures are scored."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from fidelity_app.scale.model import Scale
from fidelity_app.ui.scoring.style import em


class ScaleAboutDialog(QDialog):
    """The scale's ``about`` details and its scoring rules, in the text of one edition."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the scale"))
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setHtml(self.content(scale))
        self.text.setAccessibleName(self.tr("About the scale"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(em(self, 44), em(self, 32))

    def content(self, scale: Scale) -> str:
        """The page as rich text."""
        parts = [f"<h2>{escape(scale.name)} ({escape(scale.version)})</h2>"]
        if scale.edition is not None:
            label = self.tr("Text:")
            parts.append(f"<p><b>{escape(label)}</b> {escape(scale.edition.name)}"
                         f" – {escape(scale.edition.source)}</p>")
        for paragraph in (scale.about or scale.attribution).split("\n\n"):
            if paragraph.strip():
                parts.append(f"<p>{escape(paragraph.strip())}</p>")
        rules = scale.scoring_rules
        if rules is not None:
            heading = self.tr("How figures are scored")
            parts.append(f"<h3>{escape(heading)}</h3>")
            for title, text in ((self.tr("Fractions"), rules.fractions),
                                (self.tr("Several conditions"), rules.tie_break),
                                (self.tr("Per specialist"), rules.per_worker),
                                (self.tr("Limits"), rules.limits)):
                parts.append(f"<p><b>{escape(title)}:</b> {escape(text)}</p>")
        notes = [(f"{scale.section(item.section).title} {item.number}. {item.title}",
                  item.source_note) for item in scale.items if item.source_note]
        if notes:
            heading = self.tr("About each item's text")
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts += [f"<p><b>{escape(name)}:</b> {escape(note)}</p>" for name, note in notes]
        return "".join(parts)

