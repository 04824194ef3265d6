"""Driving modal dialogs from GUI tests without blocking: act on them once they are open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

POLL_MS = 10
MAX_POLLS = 500  # give up (and fail the test) rather than hang


class ModalHandler:
    """Waits for a modal dialog of a given type, then calls ``act`` on it."""

    def __init__(self, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
        self.kind = kind
        self.act = act
        self.seen: QWidget | None = None
        self.error: BaseException | None = None
        self._polls = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, self.kind):
            self._polls += 1
            if self._polls < MAX_POLLS:
                QTimer.singleShot(POLL_MS, self._poll)
            return
        self.seen = widget
        try:
            self.act(widget)
        except BaseException as exc:  # reported by check(); the dialog must not stay open
            self.error = exc
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def check(self) -> QWidget:
        """The dialog that was handled (re-raising what went wrong in ``act``)."""
        if self.error is not None:
            raise self.error
        assert self.seen is not None, f"no {self.kind.__name__} was shown"
        return self.seen


def on_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> ModalHandler:
    """Call ``act`` on the next modal ``kind`` that opens (call before opening it)."""
    return ModalHandler(kind, act)
