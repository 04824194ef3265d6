"""Export report…: the hook for ``fidelity_app.reports``, run off the GUI thread.

The report writer is ``fidelity_app.reports.write_report(app, review_uuid, path, lang=None,
redact=())``.
It only calls services, and each service call opens its own short session, so it is safe to
run on a pool thread while the window stays responsive.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from fidelity_app.services.app import App
from fidelity_app.services.errors import ServiceError
from fidelity_app.ui.outcome import attempt

log = logging.getLogger("fidelity_app.ui")

REPORTS = "fidelity_app.reports"

ReportWriter = Callable[..., object]


def find_report_writer() -> ReportWriter | None:
    """``fidelity_app.reports.write_report`` if the report module provides it, else ``None``.

    Until the first report the module (and reportlab) is not imported, only looked for: the
    writer returned then imports it when called, so the window starts without that cost.
    """
    module = sys.modules.get(REPORTS)
    if module is None:
        try:
            present = importlib.util.find_spec(REPORTS) is not None
        except (ImportError, ValueError):
            present = False
        return _write_report_later if present else None
    writer = getattr(module, "write_report", None)
    return writer if callable(writer) else None


def reports_available() -> bool:
    """Whether this installation can write reports (Export report is offered)."""
    return find_report_writer() is not None


def _write_report_later(*args: object, **kwargs: object) -> object:
    """``write_report``, importing the report module on the first call."""
    try:
        module = importlib.import_module(REPORTS)
    except ImportError as exc:
        raise ServiceError(f"Reports cannot be written: {exc}") from None
    writer = getattr(module, "write_report", None)
    if not callable(writer):
        raise ServiceError("Reports cannot be written by this version of the program.")
    return writer(*args, **kwargs)


class ReportSignals(QObject):
    """What a report job reports back to the window (delivered on the GUI thread)."""

    finished = Signal(str)
    failed = Signal(str)


class ReportJob(QRunnable):
    """Writes one report on a pool thread."""

    def __init__(self, writer: ReportWriter, app: App, review_uuid: str, path: Path,
                 language: str | None = None, redact: Sequence[object] = (), *,
                 service_comments: bool = False) -> None:
        super().__init__()
        self.signals = ReportSignals()
        self._writer = writer
        self._app = app
        self._review_uuid = review_uuid
        self._path = path
        self._language = language
        self._redact = tuple(redact)  # findings replaced in the report only
        self._comments = service_comments  # the appendix of the service's comments

    def run(self) -> None:
        """Write the report; report the file written or the problem."""
        try:
            # only what is wanted: a writer without these options still writes the report
            options: dict[str, object] = {"redact": self._redact} if self._redact else {}
            if self._comments:
                options["service_comments"] = True
            outcome = attempt(lambda: self._writer(self._app, self._review_uuid, self._path,
                                                   lang=self._language, **options))
        except OSError as exc:
            self.signals.failed.emit(f"{self._path}: {exc.strerror or exc}")
            return
        except Exception as exc:  # a bug in the writer must not take the window down
            log.exception("writing the report failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if not outcome.ok:
            self.signals.failed.emit(str(outcome.error))
            return
        result = outcome.value
        written = result if isinstance(result, str | Path) else self._path
        self.signals.finished.emit(str(written))
