"""A program killed while editing loses nothing it reported as saved, and the database opens
healthy afterwards."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app

EDITOR = textwrap.dedent(
    """
    import sys
    from fidelity_app.services.app import open_app

    db, review = sys.argv[1:3]
    app = open_app(db, daily_backup=False)
    items = [f"services-{n}" for n in range(1, 15)]
    n = 0
    while True:  # edits until killed; each line is printed only once the edit is committed
        item = items[n % len(items)]
        app.reviews.set_score(review, item, n % 5 + 1)
        app.reviews.set_item_text(review, item, "strengths", f"edit {n} " + "x" * (n % 700))
        print(n, flush=True)
        n += 1
    """
)


def test_a_kill_during_editing_keeps_every_saved_edit(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    app = open_app(db_path, catalogue)
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 10, 14)).uuid
    app.close()

    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(db_path), review],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert editor.stdout is not None
    acknowledged = -1
    try:
        for line in editor.stdout:
            acknowledged = int(line)
            if acknowledged >= 60:
                os.kill(editor.pid, signal.SIGKILL)  # mid-way through the next edit
                break
        for line in editor.stdout:  # edits it acknowledged before the kill reached it
            acknowledged = int(line)
    finally:
        if editor.poll() is None:
            editor.kill()
        editor.wait()
        editor.stdout.close()
        assert editor.stderr is not None
        errors = editor.stderr.read()
        editor.stderr.close()
    assert acknowledged >= 60, errors

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    app = open_app(db_path, catalogue)  # opens (and checks) as at any start
    try:
        notes = app.reviews.get_review(review).items
        latest: dict[str, int] = {}
        for n in range(acknowledged + 1):
            latest[f"services-{n % 14 + 1}"] = n
        in_flight = acknowledged + 1  # the edit the kill interrupted: saved whole, half or not
        for item, n in latest.items():
            state = (notes[item].score, int(notes[item].strengths.split()[1]))
            allowed = {(n % 5 + 1, n)}
            if in_flight % 14 == n % 14:
                allowed |= {(in_flight % 5 + 1, n), (in_flight % 5 + 1, in_flight)}
            assert state in allowed, (item, state, allowed)
    finally:
        app.close()
