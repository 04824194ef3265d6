"""Export report…: the hook for ``fidelity_app.reports``, run off the GUI thread.

The report writer is ``fidelity_app.reports.write_report(app, review_uuid, path, lang=None)``.
It only calls services, and each service call opens its own short session, so it is safe to
run on a pool thread while the window stays responsive.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from fidelity_app.services.app import App
from fidelity_app.services.errors import ServiceError

log = logging.getLogger("fidelity_app.ui")

ReportWriter = Callable[..., object]


def find_report_writer() -> ReportWriter | None:
    """``fidelity_app.reports.write_report`` if the report module provides it, else ``None``."""
    try:
        module = importlib.import_module("fidelity_app.reports")
    except ImportError:
        return None
    writer = getattr(module, "write_report", None)
    return writer if callable(writer) else None


class ReportSignals(QObject):
    """What a report job reports back to the window (delivered on the GUI thread)."""

    finished = Signal(str)
    failed = Signal(str)


class ReportJob(QRunnable):
    """Writes one report on a pool thread."""

    def __init__(self, writer: ReportWriter, app: App, review_uuid: str, path: Path,
                 language: str | None = None) -> None:
        super().__init__()
        self.signals = ReportSignals()
        self._writer = writer
        self._app = app
        self._review_uuid = review_uuid
        self._path = path
        self._language = language

    def run(self) -> None:
        """Write the report; report the file written or the problem."""
        try:
            result = self._writer(self._app, self._review_uuid, self._path, lang=self._language)
        except ServiceError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{self._path}: {exc.strerror or exc}")
        except Exception as exc:  # a bug in the writer must not take the window down
            log.exception("writing the report failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            written = result if isinstance(result, str | Path) else self._path
            self.signals.finished.emit(str(written))
