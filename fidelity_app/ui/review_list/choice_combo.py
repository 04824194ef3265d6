"""A filter whose choices are read when the user first reaches for them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceCombo(QComboBox):
    """A combo box that, while ``needs_choices`` is set, calls ``fill(self)`` before it opens
    or before a key or the wheel moves its choice (the list of thousands of services is read
    only when someone wants to choose one)."""

    def __init__(self, fill: Callable[[ChoiceCombo], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = fill
        self.needs_choices = False

    def ensure_choices(self) -> None:
        """Fill the choices now if they have not been read since the last refresh."""
        if self.needs_choices:
            self._fill(self)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.ensure_choices()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_choices()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_choices()
        super().wheelEvent(event)
