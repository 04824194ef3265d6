"""A quiet line under the criteria: the other reviewers' scores of the item, or that they
are hidden.

Blind rating: while the person scoring has not scored the item, the others' scores are not
shown, only who has scored it, with an explicit "Reveal others' scores" button. The reveal
is for the item on screen only and ends when another item or another person is chosen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fidelity_app.services.ratings import VisibleRating
from fidelity_app.ui.scoring.style import Role, em, mix, quiet
from fidelity_app.ui.scoring.widgets import WARNING_ACCENT

NOTE_CHARS = 160
"""How much of another reviewer's note the line shows (the whole note is in the tooltip)."""


def _short(text: str, limit: int = NOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class OthersLine(QFrame):
    """The other reviewers' ratings of the current item, as the blind rule allows.

    ``revealToggled(bool)`` when the user asks to see (or hide again) scores that are hidden.
    """

    revealToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        pad = em(self, 0.4)
        layout.setContentsMargins(em(self, 0.7), pad, pad, pad)
        layout.setSpacing(em(self, 0.6))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.reveal_button.toggled.connect(self._on_toggled)
        self._state = "none"  # none | hidden | revealed | shown
        self._entries: tuple[VisibleRating, ...] = ()
        self._names: tuple[str, ...] = ()
        self._viewer: str | None = None
        self.setVisible(False)

    # -- content --------------------------------------------------------------------------------

    def show_others(
        self,
        names: tuple[str, ...],
        entries: tuple[VisibleRating, ...],
        *,
        viewer: str | None,
        own_scored: bool,
        revealed: bool,
    ) -> None:
        """Show the ratings of ``names`` (the other reviewers) for the item on screen.

        ``entries`` are the ratings the viewer may see (hidden ones have ``hidden=True``);
        ``revealed`` says the viewer asked to see them before scoring.
        """
        self._names, self._entries, self._viewer = names, entries, viewer
        if not names:
            self._state = "none"
        elif any(e.hidden for e in entries):
            self._state = "hidden"
        elif revealed and not own_scored and any(e.score is not None for e in entries):
            self._state = "revealed"
        else:
            self._state = "shown"
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(self._state == "revealed")
        self.reveal_button.blockSignals(False)
        self.setVisible(self._state != "none")
        self._show_texts()

    def state(self) -> str:
        """``none``, ``hidden``, ``revealed`` (shown before scoring) or ``shown``."""
        return self._state

    def retranslateUi(self) -> None:
        """Rebuild the texts in the current language."""
        self._show_texts()

    def _show_texts(self) -> None:
        state = self._state
        by_name = {e.reviewer: e for e in self._entries}
        self.reveal_button.setVisible(state in ("hidden", "revealed"))
        self.reveal_button.setText(
            self.tr("Hide again") if state == "revealed" else self.tr("Reveal others' scores")
        )
        self.reveal_button.setAccessibleName(self.reveal_button.text())
        if state == "none":
            self.text.clear()
            return
        if state == "hidden":
            rated = [n for n in self._names if n in by_name]
            who = ", ".join(rated)
            if self._viewer is None:
                lead = self.tr("Hidden: %1 scored this item on their own. Compare the scores "
                               "in the Comparison tab, or reveal them here.")
            else:
                lead = self.tr("Hidden until you score this item: %1 has scored it.")
            body = escape(lead.replace("%1", who))
            blind = escape(self.tr("Blind"))
            self.text.setText(f"<b>{blind}</b> · {body}")
            self.text.setToolTip("")
            self.setAccessibleName(self.tr("Other reviewers' scores: hidden"))
            self.update()
            return
        lines = []
        tips = []
        for name in self._names:
            entry = by_name.get(name)
            if entry is None or entry.score is None:
                score = escape(self.tr("not scored yet"))
                note = _short(entry.note) if entry is not None and entry.note else ""
            else:
                score = f"<b>{entry.score}</b>"
                note = _short(entry.note) if entry.note else ""
            line = f"{escape(name)}: {score}"
            if note:
                line += f" – <i>{escape(note)}</i>"
            lines.append(line)
            if entry is not None and entry.note:
                tips.append(f"{name}: {entry.note}")
        if state == "revealed":
            shown = self.tr("Revealed") if self._viewer is None else self.tr(
                "Shown before you scored")
            head = f"<b>{escape(shown)}</b> · "
        else:
            others = self.tr("Others")
            head = f"{escape(others)} · "
        self.text.setText(head + "<br>".join(lines))
        self.text.setToolTip("\n\n".join(tips))
        self.setAccessibleName(self.tr("Other reviewers' scores"))
        self.setAccessibleDescription(self.text.text())
        self.update()

    def _on_toggled(self, checked: bool) -> None:
        self.revealToggled.emit(checked)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded, faint strip; warm when scores were revealed before scoring."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(Role.Window)
        accent = WARNING_ACCENT if self._state == "revealed" else quiet(palette)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = em(self, 0.3)
        painter.setPen(mix(base, accent, 0.35))
        painter.setBrush(mix(base, accent, 0.10 if self._state == "revealed" else 0.05))
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()
        super().paintEvent(event)
