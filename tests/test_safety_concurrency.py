"""Two program instances on one database work safely side by side.

The decision: a second window or program may open the same database. SQLite's WAL lets it read
while the other writes, every write takes the lock up front (BEGIN IMMEDIATE) and waits for the
other (busy timeout) instead of failing, and each edit carries what the user saw
(``expected=``), so an edit made on a stale screen is refused with ``EditConflictError``
instead of silently overwriting the other window's change.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import ConflictError, EditConflictError

ITEM = "staffing-1"


@pytest.fixture
def two(db_path: Path, catalogue: ScaleCatalogue):  # noqa: ANN201 - yields a pair
    first = open_app(db_path, catalogue)
    second = open_app(db_path, catalogue)
    yield first, second
    first.close()
    second.close()


def new_review(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Norr")
    return app.reviews.create_review(service.uuid, kind="external",
                                     start_date=date(2026, 10, 14)).uuid


def test_a_score_set_on_a_stale_screen_is_refused(two: tuple[App, App]) -> None:
    first, second = two
    review = new_review(first)
    shown_in_first = first.reviews.get_review(review).notes(ITEM).score  # None
    shown_in_second = second.reviews.get_review(review).notes(ITEM).score  # None

    second.reviews.set_score(review, ITEM, 3, expected=shown_in_second)
    with pytest.raises(EditConflictError) as caught:
        first.reviews.set_score(review, ITEM, 4, expected=shown_in_first)

    assert caught.value.stored == 3 and caught.value.expected is None
    assert caught.value.item_id == ITEM and caught.value.field == "score"
    assert "changed in another window" in str(caught.value) and "not saved" in str(caught.value)
    assert isinstance(caught.value, ConflictError)
    assert first.reviews.get_review(review).notes(ITEM).score == 3  # nothing overwritten
    # after looking again, the first window can make its change
    first.reviews.set_score(review, ITEM, 4, expected=3)
    assert second.reviews.get_review(review).notes(ITEM).score == 4


def test_a_note_written_on_a_stale_screen_is_refused(two: tuple[App, App]) -> None:
    first, second = two
    review = new_review(first)
    first.reviews.set_item_text(review, ITEM, "strengths", "Tre arbetsspecialister.", expected="")
    seen = second.reviews.get_review(review).notes(ITEM).strengths
    first.reviews.set_item_text(review, ITEM, "strengths", "Tre arbetsspecialister, 64 deltagare.",
                                expected="Tre arbetsspecialister.")
    with pytest.raises(EditConflictError) as caught:
        second.reviews.set_item_text(review, ITEM, "strengths", seen + " Intervju 14/10.",
                                     expected=seen)
    assert caught.value.stored == "Tre arbetsspecialister, 64 deltagare."
    assert "strengths note" in str(caught.value)
    assert first.reviews.get_review(review).notes(ITEM).strengths == (
        "Tre arbetsspecialister, 64 deltagare."
    )


def test_the_same_change_from_both_windows_is_not_a_conflict(two: tuple[App, App]) -> None:
    first, second = two
    review = new_review(first)
    first.reviews.set_score(review, ITEM, 4, expected=None)
    second.reviews.set_score(review, ITEM, 4, expected=None)  # already what it wants: fine
    assert first.reviews.get_review(review).notes(ITEM).score == 4


def test_edits_without_an_expected_value_still_work(two: tuple[App, App]) -> None:
    first, second = two
    review = new_review(first)
    first.reviews.set_score(review, ITEM, 2)
    second.reviews.set_score(review, ITEM, 5)
    first.reviews.set_item_text(review, ITEM, "rationale", "a")
    second.reviews.set_item_text(review, ITEM, "rationale", "b")
    notes = first.reviews.get_review(review).notes(ITEM)
    assert (notes.score, notes.rationale) == (5, "b")


WORKER = textwrap.dedent(
    """
    import json, sys, time
    from fidelity_app.services.app import open_app
    from fidelity_app.services.errors import EditConflictError

    db, review, item = sys.argv[1:4]
    app = open_app(db, daily_backup=False)
    reviews = app.reviews
    print(json.dumps("ready"), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["op"] == "read":
            reply = reviews.get_review(review).notes(item).strengths
        elif cmd["op"] == "write":
            try:
                reviews.set_item_text(review, item, "strengths", cmd["text"],
                                      expected=cmd["expected"])
                reply = "ok"
            except EditConflictError as exc:
                reply = f"conflict: {exc.stored}"
        elif cmd["op"] == "append":
            reply = 0
            for n in range(cmd["count"]):
                while True:
                    seen = reviews.get_review(review).notes(item).strengths
                    time.sleep(0.002)  # a moment of "typing" between seeing and saving
                    try:
                        reviews.set_item_text(review, item, "strengths",
                                              seen + f"[{cmd['tag']}{n}]", expected=seen)
                        break
                    except EditConflictError:
                        reply += 1
        else:
            break
        print(json.dumps(reply), flush=True)
    app.close()
    """
)


class Worker:
    """The program in a second process, driven one command at a time."""

    def __init__(self, db: Path, review: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db), review, ITEM],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.read() == "ready"

    def read(self) -> object:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(self.proc.stderr.read() if self.proc.stderr else "no output")
        return json.loads(line)

    def send(self, **cmd: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def ask(self, **cmd: object) -> object:
        self.send(**cmd)
        return self.read()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.send(op="quit")
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def worker_setup(db_path: Path, catalogue: ScaleCatalogue):  # noqa: ANN201 - yields a pair
    app = open_app(db_path, catalogue)
    review = new_review(app)
    worker = Worker(db_path, review)
    yield app, worker, review
    worker.close()
    app.close()


def test_a_stale_edit_in_another_process_is_refused(
    worker_setup: tuple[App, Worker, str],
) -> None:
    app, worker, review = worker_setup
    seen_here = app.reviews.get_review(review).notes(ITEM).strengths
    assert worker.ask(op="read") == seen_here == ""
    assert worker.ask(op="write", text="From the other window", expected="") == "ok"
    with pytest.raises(EditConflictError):
        app.reviews.set_item_text(review, ITEM, "strengths", "From this window",
                                  expected=seen_here)
    assert app.reviews.get_review(review).notes(ITEM).strengths == "From the other window"
    # and the other way round
    seen_there = worker.ask(op="read")
    app.reviews.set_item_text(review, ITEM, "strengths", "Updated here", expected=seen_there)
    assert worker.ask(op="write", text="Stale there", expected=seen_there) == (
        "conflict: Updated here"
    )
    assert app.reviews.get_review(review).notes(ITEM).strengths == "Updated here"


def append_all(app: App, review: str, tag: str, count: int) -> int:
    conflicts = 0
    for n in range(count):
        while True:
            seen = app.reviews.get_review(review).notes(ITEM).strengths
            time.sleep(0.002)  # a moment of "typing" between seeing and saving
            try:
                app.reviews.set_item_text(review, ITEM, "strengths", seen + f"[{tag}{n}]",
                                          expected=seen)
                break
            except EditConflictError:
                conflicts += 1
    return conflicts


def test_two_processes_editing_one_note_at_once_lose_nothing(
    worker_setup: tuple[App, Worker, str],
) -> None:
    app, worker, review = worker_setup
    count = 30
    worker.send(op="append", tag="B", count=count)  # runs while this process appends too
    append_all(app, review, "A", count)
    assert isinstance(worker.read(), int)
    text = app.reviews.get_review(review).notes(ITEM).strengths
    for tag in "AB":
        marks = [f"[{tag}{n}]" for n in range(count)]
        assert all(text.count(m) == 1 for m in marks), f"an edit of {tag} was lost or doubled"
        positions = [text.index(m) for m in marks]
        assert positions == sorted(positions)  # each side's edits in its own order
    assert len(text) == sum(len(f"[A{n}]") + len(f"[B{n}]") for n in range(count))
