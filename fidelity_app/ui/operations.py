"""The one path from a user action to a service call.

Every action that calls a service runs through :func:`run_op` (in the spirit of Anki's
``CollectionOp``): pending note edits are written first, then the call runs; a
``ServiceError`` is shown in the window the action came from, translated, and nothing else
happens; on success the callback runs, every view that depends on what changed is refreshed
(``Changes``), and the status bar says what was done. No widget catches ``ServiceError``
itself: a screen that presents a refusal its own way (an import conflict, a stale edit)
passes ``on_failure``, which returns ``True`` when it has told the user.

A window that hosts operations implements :class:`OperationHost`; dialogs and secondary
windows find the host through their parent chain.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol, TypeVar, runtime_checkable

from PySide6.QtWidgets import QWidget

from fidelity_app import messages
from fidelity_app.services.errors import PasswordCancelledError, ServiceError
from fidelity_app.ui import prompts
from fidelity_app.ui.outcome import Outcome, attempt

T = TypeVar("T")


class Changes(enum.Flag):
    """What an operation changed, so the views that show it can refresh."""

    NOTHING = 0
    REVIEW_LIST = enum.auto()  # reviews or services added, removed or renamed
    OPEN_REVIEW = enum.auto()  # the content of the open review (scores, notes, reviewers)
    HISTORY = enum.auto()  # service pages, action plans, the overview
    DATABASE = enum.auto()  # another database file, or the same file restored

    @classmethod
    def everything(cls) -> Changes:
        """Every view refreshes."""
        return cls.REVIEW_LIST | cls.OPEN_REVIEW | cls.HISTORY | cls.DATABASE


@runtime_checkable
class OperationHost(Protocol):
    """What a window offers the operations run in it."""

    def flush_pending_edits(self) -> bool:
        """Write edits typed but not yet saved; ``False`` (after telling the user) if not."""

    def show_status(self, text: str, timeout: int = ...) -> None:
        """Say briefly in the status bar what was done."""

    def operation_done(self, changes: Changes) -> None:
        """Refresh every view that shows what ``changes`` names."""


def error_text(error: ServiceError | None) -> str:
    """The message of a service refusal, in the interface's language (the language manager
    makes it the messages' current language; ``""`` for none)."""
    return "" if error is None else messages.error_text(error, messages.current_language())


def find_host(widget: QWidget | None) -> OperationHost | None:
    """The nearest window (``widget`` or one of its parents) that hosts operations."""
    while widget is not None:
        if isinstance(widget, OperationHost):
            return widget
        widget = widget.parentWidget()
    return None


def run_op(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    title: str,
    failed: str = "",
    changes: Changes = Changes.NOTHING,
    done: str | Callable[[T], str] = "",
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[ServiceError], bool] | None = None,
    flush: bool = True,
) -> Outcome[T]:
    """Run one user action's service ``call`` and tell the user how it went.

    ``title`` heads the message shown when the service refuses; ``failed`` says what did not
    happen ("The file was not imported. Nothing was changed."), the service's own reason
    follows. ``changes`` names what the views must show again; ``done`` is the status-bar
    message (or a function of the result). ``flush=False`` skips writing pending edits (for
    calls that only read).
    """
    host = find_host(parent)
    if flush and host is not None and not host.flush_pending_edits():
        return Outcome(ok=False)
    outcome = attempt(call)
    if not outcome.ok:
        assert outcome.error is not None
        if on_failure is None or not on_failure(outcome.error):
            show_refusal(parent, title, failed, outcome.error)
        return outcome
    value = outcome.value
    if on_success is not None:
        on_success(value)  # type: ignore[arg-type]  # ok means the call returned a T
    if host is not None:
        if changes:
            host.operation_done(changes)
        message = done(value) if callable(done) else done  # type: ignore[arg-type]
        if message:
            host.show_status(message)
    return outcome


def show_refusal(parent: QWidget | None, title: str, failed: str, error: ServiceError) -> None:
    """Show a refused service call: what did not happen, then the reason (nothing when the
    user cancelled a password dialog)."""
    if isinstance(error, PasswordCancelledError):
        return
    reason = error_text(error)
    if failed:
        prompts.show_error(parent, title, failed, reason)
    else:
        prompts.show_error(parent, title, reason)
