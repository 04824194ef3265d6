"""The choices of the edit-conflict dialog, decided without widgets."""

from __future__ import annotations

from datetime import date

from fidelity_app.services.errors import EditConflictError
from fidelity_app.ui.dialogs.conflict_presenter import (
    Choice,
    Conflict,
    conflict_of,
    resolve,
    shown_value,
)

CONFLICT = Conflict("the review's strengths", "stored text", "my text")


class Calls:
    def __init__(self, refuse: bool = False) -> None:
        self.written = 0
        self.stored_taken = 0
        self.copied: list[str] = []
        self.refuse = refuse

    def write(self) -> None:
        self.written += 1
        if self.refuse:
            raise EditConflictError("changed again", item_id="", field="summary_strengths",
                                    stored="third", expected="stored text")

    def use_stored(self) -> None:
        self.stored_taken += 1

    def copy(self, texts) -> bool:
        self.copied.extend(texts)
        return True


def run(choice: Choice, calls: Calls):
    return resolve(choice, CONFLICT, write_mine=calls.write, use_stored=calls.use_stored,
                   copy=calls.copy)


def test_keep_mine_writes_and_copies_nothing() -> None:
    calls = Calls()
    result = run(Choice.KEEP_MINE, calls)
    assert (calls.written, calls.stored_taken, calls.copied) == (1, 0, [])
    assert result.written and result.message == "Your version is saved."


def test_keep_mine_refused_again_reports_the_new_conflict() -> None:
    calls = Calls(refuse=True)
    result = run(Choice.KEEP_MINE, calls)
    assert not result.written
    assert result.outcome is not None and isinstance(result.outcome.error, EditConflictError)
    assert result.outcome.error.stored == "third"


def test_use_stored_takes_the_stored_and_copies_mine() -> None:
    calls = Calls()
    result = run(Choice.USE_STORED, calls)
    assert (calls.written, calls.stored_taken, calls.copied) == (0, 1, ["my text"])
    assert "clipboard" in result.message and not result.written


def test_cancel_does_nothing() -> None:
    calls = Calls()
    result = run(Choice.CANCEL, calls)
    assert (calls.written, calls.stored_taken, calls.copied) == (0, 0, [])
    assert "Nothing was saved" in result.message


def test_values_are_shown_as_text() -> None:
    assert shown_value(("Anna", "Bertil")) == "Anna\nBertil"
    assert shown_value(None) == ""
    assert shown_value(date(2026, 12, 7)) == "2026-12-07"
    error = EditConflictError("x", item_id="", field="reviewers", stored=("Anna",),
                              expected=("Anna", "Bertil"))
    conflict = conflict_of(error, "the reviewers", ["Anna", "Cecilia"])
    assert (conflict.stored, conflict.mine) == ("Anna", "Anna\nCecilia")
    assert "changed the reviewers while" in conflict.intro()
