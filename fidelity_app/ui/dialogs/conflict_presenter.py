"""What the edit-conflict dialog shows and what each choice does, decided without widgets.

A write that replaces user text or a list is refused (``EditConflictError``) when the stored
value changed since the screen showed it. The user then sees both versions and chooses:
keep theirs (written again, now replacing the stored value just seen, so a further change in
between is refused again), use the stored one (shown on screen; their text goes to the
clipboard), or cancel (nothing written, their text stays on screen unsaved).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from fidelity_app.services.errors import EditConflictError
from fidelity_app.ui.outcome import Outcome, attempt

translate = QCoreApplication.translate


class Choice(enum.Enum):
    """What the user chose in the conflict dialog."""

    KEEP_MINE = "keep-mine"
    USE_STORED = "use-stored"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Conflict:
    """One field changed elsewhere: its name in a sentence, the stored and the user's version."""

    what: str  # "the review's strengths"
    stored: str
    mine: str
    copied: str | None = None
    """What "use the stored one" copies to the clipboard when not ``mine`` as shown."""

    def title(self) -> str:
        """The dialog's title."""
        return translate("ConflictDialog", "Changed in another window")

    def intro(self) -> str:
        """What happened, above the two versions."""
        return translate(
            "ConflictDialog",
            "Another window or program changed %1 while you were editing it here. Your "
            "version is not saved yet. Compare the two and choose which one to keep.",
        ).replace("%1", self.what)


@dataclass(frozen=True)
class Resolution:
    """How a choice went: ``written`` when the user's version is stored now, ``message`` for
    the status bar, ``outcome`` of the write when the user kept their version."""

    choice: Choice
    written: bool = False
    message: str = ""
    outcome: Outcome[object] | None = None


def shown_value(value: object) -> str:
    """A stored or typed value as the dialog shows it (a list one name a line)."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value)
    return str(value)


def conflict_of(error: EditConflictError, what: str, mine: object,
                shown: Callable[[object], str] = shown_value) -> Conflict:
    """The conflict ``error`` reports, for the field named ``what`` holding ``mine`` here;
    ``shown`` puts a value in words (a typed text ``mine`` is copied as it was typed)."""
    mine_shown = shown(mine)
    copied = mine if isinstance(mine, str) and mine != mine_shown else None
    return Conflict(what, shown(error.stored), mine_shown, copied)


def resolve(
    choice: Choice,
    conflict: Conflict,
    *,
    write_mine: Callable[[], object],
    use_stored: Callable[[], None],
    copy: Callable[[Sequence[str]], bool],
) -> Resolution:
    """Carry out ``choice``: ``write_mine`` writes the user's version in place of the stored
    one just seen; ``use_stored`` puts the stored version on screen; ``copy`` puts texts on
    the clipboard (``True`` if it did)."""
    if choice is Choice.KEEP_MINE:
        outcome = attempt(write_mine)
        return Resolution(
            choice,
            written=outcome.ok,
            message=translate("ConflictDialog", "Your version is saved.") if outcome.ok else "",
            outcome=outcome,
        )
    if choice is Choice.USE_STORED:
        copied = copy([conflict.mine if conflict.copied is None else conflict.copied])
        use_stored()
        message = translate("ConflictDialog", "The stored version is shown.")
        if copied:
            message += translate(
                "ConflictDialog", " Your version is copied to the clipboard.")
        return Resolution(choice, message=message)
    return Resolution(
        choice,
        message=translate(
            "ConflictDialog", "Nothing was saved; your version is still on screen, unsaved."),
    )
