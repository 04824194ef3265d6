"""The visit plan as a short PDF to send to the service before the visit: the programme
(day, time, activity, with whom as a role) and the documents asked for, in the review's
language, with the report's fonts and styles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, Paragraph, Spacer, Table

from fidelity_app.fileio import write_atomic
from fidelity_app.reports.document import BODY, PageFrame, build_pdf
from fidelity_app.reports.richtext import inline
from fidelity_app.reports.story import table_style
from fidelity_app.reports.styles import ACCENT, CONTENT_WIDTH, PALE, RULE, Styles, make_styles
from fidelity_app.reports.texts import Texts
from fidelity_app.services.errors import InvalidInputError
from fidelity_app.services.output_paths import check_output_path
from fidelity_app.services.visit_plan import PlanActivity, VisitPlan

if TYPE_CHECKING:
    from fidelity_app.services.app import App

__all__ = ["build_visit_plan", "write_visit_plan"]

_WIDTHS = (28 * mm, 25 * mm, CONTENT_WIDTH - 105 * mm, 52 * mm)


def _time(activity: PlanActivity) -> str:
    if activity.start and activity.end:
        return f"{activity.start}–{activity.end}"
    return activity.start or activity.end


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _schedule(plan: VisitPlan, t: Texts, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(inline(t("plan_schedule")), s.h2)]
    if not plan.activities:
        return [*out, Paragraph(inline(t("plan_no_activities")), s.body)]
    head = [Paragraph(inline(t(k)), s.cell_head)
            for k in ("plan_day", "plan_time", "plan_activity", "plan_with_whom")]
    rows: list[list[Flowable]] = [head]
    shown_day: object = object()
    for a in plan.activities:
        day = "" if a.day == shown_day else (t.date(a.day) if a.day else "–")
        shown_day = a.day
        rows.append([Paragraph(inline(day), s.cell_bold), Paragraph(inline(_time(a)), s.cell),
                     Paragraph(inline(a.activity), s.cell),
                     Paragraph(inline(a.with_whom), s.cell)])
    return [*out, _table(rows, list(_WIDTHS)),
            Spacer(1, 2 * mm), Paragraph(inline(t("plan_roles_note")), s.muted)]


def _documents(plan: VisitPlan, t: Texts, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(inline(t("plan_documents")), s.h2)]
    if not plan.documents:
        return [*out, Paragraph(inline(t("plan_no_documents")), s.body)]
    rows: list[list[Flowable]] = [[Paragraph("", s.cell_head),
                                   Paragraph(inline(t("plan_received")), s.cell_head)]]
    for number, d in enumerate(plan.documents, start=1):
        rows.append([Paragraph(f"{number}. {inline(d.name)}", s.cell),
                     Paragraph("☑" if d.received else "☐", s.cell)])
    return [*out, Paragraph(inline(t("plan_documents_intro")), s.body),
            _table(rows, [CONTENT_WIDTH - 24 * mm, 24 * mm])]


def build_visit_plan(plan: VisitPlan, *, invariant: bool = False) -> bytes:
    """The PDF of a visit plan as bytes, in the review's language."""
    t, s = Texts(plan.review.language), make_styles()
    review = plan.review
    dates = t.date_range(review.start_date, review.end_date)
    frame = PageFrame(header_left=review.service_name, header_right=f"{t('plan_kind')} · {dates}",
                      footer_left=t("plan_kind"),
                      page_label=t("page", page="{page}", pages="{pages}"))
    facts = [(t("organisation"), review.organisation),
             (t("kind"), t.kind(review.kind)), (t("dates"), dates),
             (t("reviewers"), ", ".join(review.reviewers) or "–")]
    fact_rows = [[Paragraph(f"<b>{inline(k)}</b>", s.cell), Paragraph(inline(v), s.cell)]
                 for k, v in facts if v.strip()]
    fact_table = Table(fact_rows, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT")
    fact_table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story: list[Flowable] = [
        NextPageTemplate(BODY),
        Paragraph(inline(t("plan_kind")).upper(), s.cover_kicker),
        Paragraph(inline(review.service_name), s.h1),
        fact_table,
        Spacer(1, 5 * mm),
        Paragraph(inline(t("plan_intro")), s.body),
        *_schedule(plan, t, s),
        Spacer(1, 3 * mm),
        *_documents(plan, t, s),
    ]
    return build_pdf(story, frame, title=t("plan_title", service=review.service_name),
                     author=", ".join(review.reviewers),
                     subject=t("plan_subject", date=dates), lang=t.language,
                     invariant=invariant)


def write_visit_plan(app: App, review_uuid: str, path: str | Path, *,
                     invariant: bool = False) -> Path:
    """Write the visit plan of a review to ``path`` (atomically) and return the path; a path
    that is the database, belongs to it or lies in its backups folder, or one that cannot be
    written, is refused with ``InvalidInputError`` (nothing written)."""
    path = check_output_path(app.db_path, path)
    pdf = build_visit_plan(app.visit_plans.plan(review_uuid), invariant=invariant)
    try:
        return write_atomic(path, pdf)
    except OSError as exc:
        raise InvalidInputError("cannot_write", path=path, reason=exc.strerror or exc) from None
