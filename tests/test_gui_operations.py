"""The operation runner: flush first, refusals shown once, success refreshes and reports."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from fidelity_app.messages import set_language
from fidelity_app.services.errors import InvalidInputError, ServiceError
from fidelity_app.ui import operations, prompts
from fidelity_app.ui.operations import Changes, run_op


class Host(QWidget):
    """A window that records what the runner asks of it."""

    def __init__(self, flush_ok: bool = True) -> None:
        super().__init__()
        self.flush_ok = flush_ok
        self.calls: list[str] = []
        self.changes: list[Changes] = []
        self.statuses: list[str] = []

    def flush_pending_edits(self) -> bool:
        self.calls.append("flush")
        return self.flush_ok

    def show_status(self, text: str, timeout: int = 0) -> None:
        self.statuses.append(text)

    def operation_done(self, changes: Changes) -> None:
        self.changes.append(changes)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda _parent, title, text, details="": shown.append(
                            (title, text, details)))
    return shown


def test_success_flushes_first_then_refreshes_and_reports(qtbot, errors) -> None:
    host = Host()
    qtbot.addWidget(host)
    child = QWidget(host)

    def call() -> int:
        host.calls.append("call")
        return 7

    outcome = run_op(child, call, title="T", changes=Changes.REVIEW_LIST,
                     done=lambda n: f"made {n}")
    assert outcome.ok and outcome.value == 7
    assert host.calls == ["flush", "call"]
    assert host.changes == [Changes.REVIEW_LIST]
    assert host.statuses == ["made 7"]
    assert errors == []


def test_refusal_is_shown_once_and_nothing_is_refreshed(qtbot, errors) -> None:
    host = Host()
    qtbot.addWidget(host)

    def call() -> None:
        raise InvalidInputError("The name is empty.")

    outcome = run_op(host, call, title="Cannot save", failed="Nothing was saved.",
                     changes=Changes.everything(), done="saved")
    assert not outcome.ok and isinstance(outcome.error, InvalidInputError)
    assert errors == [("Cannot save", "Nothing was saved.", "The name is empty.")]
    assert host.changes == [] and host.statuses == []


def test_a_failure_handler_can_present_the_refusal_itself(qtbot, errors) -> None:
    host = Host()
    qtbot.addWidget(host)
    seen: list[ServiceError] = []

    def handle(exc: ServiceError) -> bool:
        seen.append(exc)
        return True

    def call() -> None:
        raise ServiceError("changed elsewhere")

    assert not run_op(host, call, title="T", on_failure=handle).ok
    assert [str(e) for e in seen] == ["changed elsewhere"] and errors == []


def test_unsaved_edits_stop_the_operation(qtbot, errors) -> None:
    host = Host(flush_ok=False)
    qtbot.addWidget(host)
    ran: list[bool] = []
    outcome = run_op(host, lambda: ran.append(True), title="T")
    assert not outcome.ok and ran == [] and errors == []
    assert run_op(host, lambda: ran.append(True), title="T", flush=False).ok and ran == [True]


def test_other_exceptions_are_not_swallowed(qtbot, errors) -> None:
    host = Host()
    qtbot.addWidget(host)

    def call() -> None:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        run_op(host, call, title="T")
    assert errors == []


def test_find_host_walks_the_parents(qtbot) -> None:
    host = Host()
    qtbot.addWidget(host)
    inner = QWidget(QWidget(host))
    assert operations.find_host(inner) is host
    assert operations.find_host(QWidget()) is None


def test_attempt_turns_only_refusals_into_outcomes() -> None:
    from fidelity_app.ui.outcome import attempt

    assert attempt(lambda: 3).value == 3
    refused = attempt(lambda: (_ for _ in ()).throw(InvalidInputError("no")))
    assert not refused.ok and str(refused.error) == "no"
    with pytest.raises(ZeroDivisionError):
        attempt(lambda: 1 / 0)


def test_a_refusal_is_said_in_the_interface_language(qapp) -> None:
    refusal = InvalidInputError("ends_before_start")
    set_language("sv")  # what the language manager does when the window switches
    try:
        assert operations.error_text(refusal) == refusal.text("sv") != refusal.text("en")
    finally:
        set_language("en")
    assert operations.error_text(refusal) == refusal.text("en")
