"""One start of a window, run as a fresh process by ``bench.startup``.

``python bench/startup_child.py baseline`` shows a bare PySide6 main window (the script also
imports ``sqlalchemy.orm``); ``python bench/startup_child.py app DB`` starts the program the way
``fidelity-app --db DB`` does (``fidelity_app.ui.main``). Once the window has been painted and
the event loop has run a queued timer (it responds to input), the child prints one JSON line
with ``time.monotonic()`` (the parent measures from the moment it started the process), the
number of reviews listed and its peak memory, then quits.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    if mode == "baseline":
        import sqlalchemy.orm  # noqa: F401 - the cost every design pays
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        qapp = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("Reviews"))
        window.resize(1100, 700)
        window.show()
        rows = lambda: 0  # noqa: E731
    else:
        import gc

        from fidelity_app.ui.main import application, start_gui

        qapp = application(sys.argv[:1])
        gc.freeze()  # as run_gui does, before and after building the window
        window = start_gui(sys.argv[2])
        if window is None:
            raise SystemExit("the program did not start")
        gc.freeze()
        rows = window.list_page.model.rowCount

    from PySide6.QtCore import QEvent, QObject, QTimer

    def ready() -> None:
        now = time.monotonic()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"ready": now, "rows": rows(), "maxrss_kb": peak}), flush=True)
        qapp.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                QTimer.singleShot(0, ready)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.update()
    qapp.exec()
    if mode != "baseline":  # as run_gui does: let the background checks finish, then close
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        window.app.close()


if __name__ == "__main__":
    main()
