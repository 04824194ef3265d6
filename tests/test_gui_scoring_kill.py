"""A process editing a review is killed after the editor said "Saved": nothing saved is lost."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app

#: The editing process: scores two items and writes a note with the keyboard, waits until the
#: editor reports each change as saved, prints a marker, then keeps typing until it is killed.
CHILD = r'''
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fidelity_app.services.app import open_app
from fidelity_app.ui.review_editor import ReviewEditor

qapp = QApplication([])
app = open_app(sys.argv[1])
editor = ReviewEditor(app, sys.argv[2])
editor.resize(1280, 800)
editor.show()
editor.activateWindow()
QTest.qWaitForWindowActive(editor)
messages = []
editor.statusMessage.connect(messages.append)


def key(k):
    QTest.keyClick(QApplication.focusWidget(), k)


def until_saved(action):
    messages.clear()
    action()
    for _ in range(3000):
        if any(m.startswith("Saved") for m in messages):
            return
        QTest.qWait(10)
    sys.exit("the editor never said Saved: %r" % messages)


until_saved(lambda: key(Qt.Key.Key_3))
key(Qt.Key.Key_PageDown)
until_saved(lambda: key(Qt.Key.Key_5))
key(Qt.Key.Key_Tab)
until_saved(lambda: QTest.keyClicks(QApplication.focusWidget(), "Seen in the case records"))
print("SAVED", flush=True)
for _ in range(10000):
    QTest.keyClicks(QApplication.focusWidget(), " and more")
    QTest.qWait(5)
'''


def test_killed_editor_loses_nothing_it_reported_saved(
    app: App, db_path: Path, catalogue: ScaleCatalogue, tmp_path: Path
):
    service = app.reviews.create_service("Arbetsstöd Väst")
    review = app.reviews.create_review(
        service.uuid, kind="self-assessment", start_date=date(2026, 5, 4), language="sv"
    )
    app.close()
    script = tmp_path / "edit_review.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with open(tmp_path / "child.err", "wb") as errors:
        child = subprocess.Popen(
            [sys.executable, str(script), str(db_path), review.uuid],
            stdout=subprocess.PIPE, stderr=errors, env=env,
        )
        try:
            selector = selectors.DefaultSelector()
            selector.register(child.stdout, selectors.EVENT_READ)
            deadline = time.monotonic() + 120
            line = b""
            while time.monotonic() < deadline and child.poll() is None:
                if selector.select(timeout=1):
                    line = child.stdout.readline()
                    break
            assert line.strip() == b"SAVED", (tmp_path / "child.err").read_text()
            os.kill(child.pid, signal.SIGKILL)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(timeout=30)
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    fresh = open_app(db_path, scales=catalogue)
    try:
        detail = fresh.reviews.get_review(review.uuid)
    finally:
        fresh.close()
    assert detail.scores() == {"staffing-1": 3, "staffing-2": 5}
    (entry,) = detail.notes("staffing-2").evidence
    assert entry.text.startswith("Seen in the case records")
