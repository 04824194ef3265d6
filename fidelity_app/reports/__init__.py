"""The feedback report: a PDF (reportlab platypus) a service can work from. No Qt here.

``write_report(app, review_uuid, path)`` is the entry point for the CLI and the GUI (it is
safe to call from a worker thread: it opens its own short sessions and writes atomically).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from fidelity_app.fileio import write_atomic
from fidelity_app.reports.document import PageFrame, build_pdf
from fidelity_app.reports.story import Report
from fidelity_app.reports.styles import make_styles
from fidelity_app.reports.texts import Texts
from fidelity_app.services.output_paths import check_output_path
from fidelity_app.services.personal_data import Finding, redact_report, replacement_for
from fidelity_app.services.report_data import ReportData, report_data

if TYPE_CHECKING:
    from fidelity_app.services.app import App

__all__ = ["build_report", "write_report"]


def build_report(data: ReportData, *, invariant: bool = False) -> bytes:
    """The PDF of a report as bytes (``invariant`` gives identical bytes for identical data)."""
    t = Texts(data.language)
    summary = data.review.summary
    service = data.review.service.name
    dates = t.date_range(summary.start_date, summary.end_date)
    frame = PageFrame(
        header_left=service,
        header_right=dates + (f" · {t('draft')}" if data.is_draft else ""),
        footer_left=f"{t('report_kind')} · {data.scale.name}",
        page_label=t("page", page="{page}", pages="{pages}"),
        watermark=t("draft") if data.is_draft else None,
    )
    story = Report(data, make_styles()).story()
    return build_pdf(
        story,
        frame,
        title=t("title", service=service),
        author=", ".join(summary.reviewers),
        subject=t("subject", scale=data.scale.name, date=dates),
        lang=t.language,
        invariant=invariant,
    )


def write_report(app: App, review_uuid: str, path: str | Path, lang: str | None = None,
                 *, invariant: bool = False, redact: Sequence[Finding] = (),
                 service_comments: bool = False) -> Path:
    """Write the report on a review to ``path`` (atomically) and return the path.

    ``app`` is the composition root; ``lang`` defaults to the review's language. ``redact``:
    findings of likely personal data (``PrivacyService.check_report``) replaced in the report
    only. ``service_comments``: end with the service's comments from the factual check as an
    appendix (when there are any). Raises ``ServiceError`` for an unknown review or language
    and ``OSError`` when the file cannot be written. A path that is the database, belongs to
    it or lies in its backups folder is refused (``InvalidInputError``) before anything is written.
    """
    path = check_output_path(app.database_file, path)
    data = report_data(app, review_uuid, lang)
    if service_comments:
        data = replace(data, comments_appendix=True)
    if redact:
        data = redact_report(data, redact, replacement_for(data.language))
    return write_atomic(path, build_report(data, invariant=invariant))
