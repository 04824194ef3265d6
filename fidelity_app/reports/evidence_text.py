"""Evidence entries in the report: each entry with its source, and the method section that
names the sources the review's evidence actually came from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from fidelity_app.exchange.evidence import UNTAGGED, EvidenceEntry, entry_line, sources_used
from fidelity_app.reports.richtext import inline
from fidelity_app.reports.texts import Texts
from fidelity_app.services.visit_plan import PlanActivity

if TYPE_CHECKING:
    from fidelity_app.reports.story import Report


def evidence_text(t: Texts, entries: Iterable[EvidenceEntry]) -> str:
    """An item's entries as paragraphs of plain text (each with its source)."""
    return "\n\n".join(entry_line(e, t.source) for e in entries)


def listed(t: Texts, parts: list[str]) -> str:
    """'a, b och c'."""
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {t('and')} {parts[-1]}"


def method_text(t: Texts, entries: Iterable[EvidenceEntry]) -> list[str]:
    """The sentences of the method section: which sources the evidence came from (the
    interviews with the roles of who was interviewed)."""
    used = sources_used(entries)
    if not used:
        return [t("method_none")]
    kinds: dict[str, list[str]] = {}
    for source, role in used:
        roles = kinds.setdefault(source, [])
        if role:
            roles.append(role)
    parts = [t.source(source, in_sentence=True) + (f" ({', '.join(roles)})" if roles else "")
             for source, roles in kinds.items() if source != UNTAGGED]
    out = [t("method_sources", sources=listed(t, parts))] if parts else []
    if UNTAGGED in kinds:
        out.append(t("method_untagged"))
    return out


def activities_text(t: Texts, activities: Sequence[PlanActivity]) -> list[str]:
    """The sentence of the method section on the visit: the activities held, with whom (only
    the role when the activity's text was removed with the personal notes)."""
    parts = [f"{a.activity} ({a.with_whom})" if a.activity and a.with_whom
             else a.activity or a.with_whom for a in activities]
    parts = [p for p in parts if p]
    return [t("method_activities", activities="; ".join(parts))] if parts else []


def method_block(report: Report) -> list[Flowable]:
    """A short method section before the items: the heading, the visit's activities held and
    the sources used."""
    entries = [e for notes in report.data.review.items.values() for e in notes.evidence]
    lines = activities_text(report.t, report.data.activities) + method_text(report.t, entries)
    return [KeepTogether([
        Paragraph(inline(report.t("method")), report.s.h2),
        *(Paragraph(inline(line), report.s.body) for line in lines),
        Spacer(1, 6),
    ])]
