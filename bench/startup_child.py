"""One start of a window, run as a fresh process by ``bench.startup``.

``python bench/startup_child.py baseline`` shows a bare PySide6 main window (the script also
imports ``sqlalchemy.orm``); ``python bench/startup_child.py app DB`` starts the program as the
``fidelity-app --db DB`` command does: ``fidelity_app.launch.main`` (the console script's entry
point) pauses the garbage collector and runs ``fidelity_app.cli.main``, which parses the
arguments and runs ``fidelity_app.ui.main.run_gui``. Once the main
window has been painted and the event loop has run a queued timer (it responds to input), the
child prints one JSON line with ``time.monotonic()`` (the parent measures from the moment it
started the process), the number of reviews listed and its peak memory, then quits (the
program closes as it does when its window is closed).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

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
        watch(qapp, lambda: 0)
        qapp.exec()
    else:
        from fidelity_app import launch

        launch.pause_collector()  # what the console script's entry point does first
        from fidelity_app import cli  # what the entry point then imports and runs
        from fidelity_app.ui.main import application  # run_gui uses this QApplication

        qapp = application(sys.argv[:1])
        watch(qapp, lambda: next(w.list_page.model.rowCount() for w in qapp.topLevelWidgets()
                                 if hasattr(w, "list_page")))
        if cli.main(["--db", sys.argv[2]]) != 0:
            raise SystemExit("the program did not start")


def watch(qapp: QApplication, rows: Callable[[], int]) -> None:
    """Print the JSON line and quit once the first main window has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    def ready() -> None:
        now = time.monotonic()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print(json.dumps({"ready": now, "rows": rows(), "maxrss_kb": usage.ru_maxrss,
                          "cpu": usage.ru_utime + usage.ru_stime}), flush=True)
        qapp.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                qapp.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    qapp.installEventFilter(FirstPaint(qapp))


if __name__ == "__main__":
    main()
