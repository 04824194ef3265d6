"""Dialog: about the program, and where each criterion of the scale comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fidelity_app import __version__
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


class AboutDialog(QDialog):
    """The program's name and purpose, and the sources of the scale's criteria."""

    def __init__(self, scales: ScaleCatalogue, language: str, db_path: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._scales = scales
        self._language = language
        self._db_path = db_path
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.version = QLabel()
        self.about_text = QTextBrowser()
        self.about_text.setObjectName("aboutText")
        self.about_text.setOpenExternalLinks(True)
        self.scale_text = QTextBrowser()
        self.scale_text.setObjectName("scaleSources")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.about_text, "")
        self.tabs.addTab(self.scale_text, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.version)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self.retranslateUi()

    def set_language(self, language: str) -> None:
        """Show the scale's texts in ``language``."""
        self._language = language
        self.retranslateUi()

    def scale_html(self) -> str:
        """Each scale's attribution and which criteria follow it or are paraphrased."""
        parts: list[str] = []
        for info in self._scales.infos():
            scale = self._scales.get(info.id, self._language)
            parts.append(f"<h3>{escape(scale.name)} ({escape(scale.version)})</h3>")
            if scale.attribution:
                parts.append(_paragraphs(scale.attribution))
            if scale.terminology_note:
                parts.append(_paragraphs(scale.terminology_note))
            parts.append(self._item_list(
                scale, "verified",
                self.tr("Criteria that follow the published scale (%n)", "",
                        sum(1 for it in scale.items if it.verification == "verified"))))
            parts.append(self._item_list(
                scale, "recalled",
                self.tr("Criteria paraphrased from secondary descriptions (%n)", "",
                        sum(1 for it in scale.items if it.verification == "recalled"))))
        return "".join(parts)

    def _item_list(self, scale: Scale, verification: str, heading: str) -> str:
        items = [it for it in scale.items if it.verification == verification]
        if not items:
            return ""
        rows = []
        for it in items:
            section = scale.section(it.section).title
            note = f"<br/>{escape(it.source_note)}" if it.source_note else ""
            rows.append(f"<li><b>{escape(section)} {it.number}. {escape(it.title)}</b>{note}</li>")
        return f"<h4>{escape(heading)}</h4><ul>{''.join(rows)}</ul>"

    def about_html(self) -> str:
        """What the program is, for whom, and where its data lives."""
        paragraphs = [
            self.tr("A program for fidelity reviews of IPS (Individual Placement and Support) "
                    "services: score the 25 items of the fidelity scale, agree on the scores, "
                    "and give the service feedback on its strengths and areas for "
                    "development."),
            self.tr("For external reviewers on site visits, IPS teams doing a self-assessment, "
                    "dialogue meetings and peer review between services."),
            self.tr("Everything you enter is saved at once in a local database file on this "
                    "computer."),
        ]
        text = [f"<p>{escape(p)}</p>" for p in paragraphs]
        if self._db_path:
            label = self.tr("Database:")
            text.append(f"<p><b>{escape(label)}</b> {escape(self._db_path)}</p>")
        return "".join(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.setWindowTitle(self.tr("About IPS Fidelity Review"))
        self.title.setText(self.tr("IPS Fidelity Review"))
        self.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.tabs.setTabText(0, self.tr("&Program"))
        self.tabs.setTabText(1, self.tr("&Scale and sources"))
        self.about_text.setHtml(self.about_html())
        self.scale_text.setHtml(self.scale_html())
        self.about_text.setAccessibleName(self.tr("About the program"))
        self.scale_text.setAccessibleName(self.tr("Sources of the scale's criteria"))
        self.tabs.setAccessibleName(self.tr("About"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
