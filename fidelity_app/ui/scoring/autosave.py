"""Text edits are written after a short pause, on demand, and retried after a failure."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from fidelity_app.services.errors import ServiceError
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import Outcome, attempt
from fidelity_app.ui.scoring.state import REFUSALS

# Pause after the last keystroke before a text is written (milliseconds).
DEBOUNCE_MS = 600
# Wait before trying again after a failed write (milliseconds).
RETRY_MS = 5000


class Autosaver(QObject):
    """Pending text writes, keyed by what they edit (``(item_id, field)``, ``("summary", f)``).

    ``schedule`` remembers the newest text of a key and (re)starts the pause timer;
    ``flush`` writes everything pending now. A write that fails stays pending with its text
    and is retried later; ``failed`` carries a message for the user, ``saved`` is emitted only
    after the service calls returned. A write that trying again cannot save (the text was
    changed in another window, the review was finalised or deleted there: ``REFUSALS``) is
    not retried: it leaves the pending writes, its text is kept (``pending_text`` still
    returns it, so the views go on showing it) until ``forget_kept``, and ``refused`` carries
    a list of ``(key, text, error)`` for the editor to tell the user.
    """

    saved = Signal()
    failed = Signal(str)
    refused = Signal(list)
    pendingChanged = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS, retry_ms: int = RETRY_MS
    ) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, tuple[str, Callable[[str], object]]] = {}
        self._kept: dict[Hashable, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=retry_ms)
        self._retry.timeout.connect(self.flush)
        self._failing = False

    def schedule(self, key: Hashable, text: str, write: Callable[[str], object]) -> None:
        """Remember ``text`` for ``key``; ``write(text)`` is called after the pause."""
        was_empty = not self._pending
        self._pending[key] = (text, write)
        self._timer.start()
        if was_empty:
            self.pendingChanged.emit(True)

    def set_retry_interval(self, milliseconds: int) -> None:
        """How long to wait before trying a failed write again."""
        self._retry.setInterval(milliseconds)
        if self._retry.isActive():
            self._retry.start()

    def pending_text(self, key: Hashable) -> str | None:
        """The unsaved text of ``key`` (waiting to be written, or refused and kept)."""
        entry = self._pending.get(key)
        return self._kept.get(key) if entry is None else entry[0]

    def pending_texts(self) -> list[str]:
        """Every text still waiting to be written."""
        return [text for text, _write in self._pending.values()]

    def has_kept(self) -> bool:
        """Whether a refused text is still kept for the views."""
        return bool(self._kept)

    def forget_kept(self, key: Hashable | None = None) -> None:
        """Stop showing the refused text of ``key`` (of every key when ``None``): the views
        show the stored texts again."""
        if key is None:
            self._kept.clear()
        else:
            self._kept.pop(key, None)

    def has_pending(self) -> bool:
        """Whether any text is not yet written."""
        return bool(self._pending)

    @property
    def failing(self) -> bool:
        """Whether the last attempt to write failed."""
        return self._failing

    def discard(self) -> None:
        """Forget pending writes (used when the review became read-only elsewhere)."""
        self._pending.clear()
        self._kept.clear()
        self._failing = False
        self._timer.stop()
        self._retry.stop()
        self.pendingChanged.emit(False)

    def flush(self) -> bool:
        """Write everything pending now; ``True`` when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        error: ServiceError | None = None
        refused: list[tuple[Hashable, str, ServiceError]] = []
        for key, entry in list(self._pending.items()):
            if self._pending.get(key) is not entry:
                continue  # discarded or replaced while an earlier write was reported
            text, write = entry
            outcome: Outcome[object] = attempt(partial(write, text))
            if outcome.error is not None and isinstance(outcome.error, REFUSALS):
                refused.append((key, text, outcome.error))
                self._kept[key] = text
            elif outcome.error is not None:
                error = error or outcome.error
                continue
            else:
                self._kept.pop(key, None)
            if self._pending.get(key) is entry:
                del self._pending[key]
        if refused:
            self.refused.emit(refused)  # the receiver may discard what is left
        if error is not None and self._pending:
            self._failing = True
            self._retry.start()
            self.failed.emit(error_text(error))
            return False
        self._failing = False
        self._retry.stop()
        if not self._pending:
            self.pendingChanged.emit(False)
        if not refused:
            self.saved.emit()
        return True
