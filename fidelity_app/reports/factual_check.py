"""Send for factual check: the draft report (PDF) and the sheet for the service's comments
(XLSX), written side by side in one folder; the draft is kept as sent."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from fidelity_app.fileio import write_atomic
from fidelity_app.reports import build_report
from fidelity_app.reports.texts import Texts
from fidelity_app.services.errors import InvalidInputError
from fidelity_app.services.factual_check import FactualDraftInfo
from fidelity_app.services.output_paths import check_output_path
from fidelity_app.services.personal_data import Finding, redact_report, replacement_for
from fidelity_app.services.report_data import report_data

if TYPE_CHECKING:
    from fidelity_app.services.app import App

_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_NAME_LENGTH = 100


@dataclass(frozen=True)
class FactualCheckSent:
    """The two files written for the service, and the draft as kept."""

    report: Path
    sheet: Path
    draft: FactualDraftInfo


def file_stem(text: str) -> str:
    """``text`` as a file name every system takes (no separators, no reserved characters)."""
    stem = " ".join(_NOT_IN_FILE_NAMES.sub("-", text).split())
    return stem[:MAX_NAME_LENGTH].rstrip(" .") or "fidelity-app"


def send_for_factual_check(app: App, review_uuid: str, folder: str | Path,
                           *, today: date | None = None,
                           redact: Sequence[Finding] = ()) -> FactualCheckSent:
    """Write the draft report and the factual-check sheet of a review into ``folder`` (made if
    missing), in the review's language, and keep the draft as sent. ``redact``: findings of
    likely personal data (``PrivacyService.check_report``) replaced in both files only (the
    sheet prints the report's evidence).

    Both files are written before the draft is recorded as sent: when either cannot be
    written, nothing is recorded (``InvalidInputError``).
    """
    data = report_data(app, review_uuid)
    t = Texts(data.language)
    day = (today or date.today()).isoformat()
    service = data.review.service.name
    folder = Path(folder).expanduser()
    report = check_output_path(
        app.db_path, folder / f"{file_stem(t('factual_pdf_name', service=service, date=day))}.pdf")
    sheet = check_output_path(
        app.db_path,
        folder / f"{file_stem(t('factual_sheet_name', service=service, date=day))}.xlsx")
    if redact:
        data = redact_report(data, redact, replacement_for(data.language))
    pdf = build_report(data)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(report, pdf)
    except OSError as exc:
        raise InvalidInputError("cannot_write", path=report, reason=exc.strerror or exc) from None
    app.factual_checks.write_sheet(review_uuid, sheet, redact)
    draft = app.factual_checks.record_sent(review_uuid, pdf, data.language)
    return FactualCheckSent(report, sheet, draft)
