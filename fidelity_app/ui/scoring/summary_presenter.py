"""What the summary page shows, decided without widgets: result, notes, finalising, history.

:func:`summary_content` turns the open review (:class:`ReviewState`) and the summary texts
typed but not saved yet into a :class:`SummaryContent`; ``SummaryPage`` only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.ui.scoring.change_log_text import change_log_html
from fidelity_app.ui.scoring.state import ReviewState
from fidelity_app.ui.scoring.texts import event_label, field_label, format_datetime
from fidelity_app.ui.scoring.totals_bar import possible_range

# The overall summary fields of a review (``ReviewService.set_summary`` keywords).
SUMMARY_FIELDS = ("strengths", "recommendations")


translate = QCoreApplication.translate


@dataclass(frozen=True)
class SectionLine:
    """One section's subtotal."""

    title: str
    subtotal: int
    max: int
    scored: str  # "3 of 5 items" while incomplete, else empty


@dataclass(frozen=True)
class Collected:
    """One note field gathered from every item: (item name, text) pairs."""

    title: str
    entries: tuple[tuple[str, str], ...]
    empty: str


@dataclass(frozen=True)
class SummaryContent:
    """Everything the summary page shows."""

    total: str
    total_name: str
    band: str
    band_description: str  # empty: hidden
    result_note: str
    sections: tuple[SectionLine, ...]
    collected: tuple[Collected, Collected]
    texts: dict[str, str]  # overall strengths and recommendations, as to be shown
    final: bool
    can_finalise: bool
    finalise_text: str
    flagged: str  # rich text; empty when nothing is flagged
    history: str  # rich text
    edition: str  # which text of the scale the review is scored with


def summary_content(state: ReviewState, pending: dict[str, str] | None = None) -> SummaryContent:
    """The summary of ``state``; ``pending`` holds summary texts typed but not saved yet."""
    result = state.result()
    total, total_name, band, description, note = _result_texts(result)
    stored = {
        "strengths": state.detail.summary_strengths,
        "recommendations": state.detail.summary_recommendations,
    }
    return SummaryContent(
        total=total,
        total_name=total_name,
        band=band,
        band_description=description,
        result_note=note,
        sections=tuple(
            SectionLine(
                s.title,
                s.subtotal,
                s.max,
                ""
                if s.complete
                else translate("SummaryPage", "%1 of %2 items")
                .replace("%1", str(s.scored))
                .replace("%2", str(s.items)),
            )
            for s in result.sections
        ),
        collected=(
            _collected(
                state,
                "strengths",
                translate("SummaryPage", "No strengths written for any item yet."),
            ),
            _collected(
                state,
                "development",
                translate("SummaryPage", "No areas for development written for any item yet."),
            ),
        ),
        texts={f: (pending or {}).get(f, stored[f]) for f in SUMMARY_FIELDS},
        final=state.is_final,
        can_finalise=not state.is_final and result.complete,
        finalise_text=_finalise_text(state, result),
        flagged=_flagged(state),
        history=_history(state),
        edition=edition_line(state),
    )


def edition_line(state: ReviewState) -> str:
    """Which text of the scale the review is scored with (its edition's name)."""
    edition = state.detail.edition
    name = edition.name if edition is not None else state.scale.name
    return translate("SummaryPage", "Scored with the text: %1").replace("%1", name)


def _result_texts(result: ScoreResult) -> tuple[str, str, str, str, str]:
    total = f"{result.total} / {result.max}"
    name = (
        translate("SummaryPage", "Total %1 of %2")
        .replace("%1", str(result.total))
        .replace("%2", str(result.max))
    )
    if result.band is not None:
        return (
            total,
            name,
            result.band.label,
            result.band.description,
            translate("SummaryPage", "All %1 items scored.").replace("%1", str(result.items)),
        )
    low, high = possible_range(result)
    note = (
        translate(
            "SummaryPage",
            "%1 of %2 items scored. The band is known when every item is scored; the final "
            "total will be between %3 and %4.",
        )
        .replace("%1", str(result.scored))
        .replace("%2", str(result.items))
        .replace("%3", str(low))
        .replace("%4", str(high))
    )
    return total, name, translate("SummaryPage", "Partial total"), "", note


def _collected(state: ReviewState, field: str, empty: str) -> Collected:
    notes = state.all_notes()
    entries = tuple(
        (f"{state.label(item)} · {item.short_title}", text)
        for item in state.items
        if item.id in notes and (text := getattr(notes[item.id], field) or "").strip()
    )
    return Collected(
        translate("SummaryPage", "%1 noted per item").replace("%1", field_label(field)),
        entries,
        empty,
    )


def _finalise_text(state: ReviewState, result: ScoreResult) -> str:
    if state.is_final:
        return translate(
            "SummaryPage",
            "The review was finalised %1 and is read-only. Reopen it to make changes; the "
            "reason is recorded.",
        ).replace("%1", format_datetime(state.detail.finalised_at))
    if result.complete:
        return translate(
            "SummaryPage",
            "Every item is scored. Finalising makes the review read-only; it can be "
            "reopened later with a reason.",
        )
    return translate(
        "SummaryPage",
        "Items not scored yet: %1. A review can be finalised when every item has a score.",
    ).replace("%1", str(len(result.missing)))


def _flagged(state: ReviewState) -> str:
    notes = state.all_notes()
    lines = []
    for item in state.items:
        entry = notes.get(item.id)
        if entry is not None and entry.needs_info:
            line = f"<b>{escape(state.label(item))}</b> {escape(item.short_title)}"
            if entry.needs_info_reason.strip():
                line += f" – {escape(entry.needs_info_reason.strip())}"
            lines.append(line)
    if not lines:
        return ""
    return (
        escape(translate("SummaryPage", "Flagged as needing more information:"))
        + "<br>"
        + "<br>".join(lines)
    )


def _history(state: ReviewState) -> str:
    lines = []
    for event in state.detail.events:
        line = f"<b>{escape(event_label(event.kind))}</b> {escape(format_datetime(event.at))}"
        if event.reason:
            line += f" – {escape(event.reason)}"
        lines.append(line)
    text = "<br>".join(lines) or escape(translate("SummaryPage", "Nothing recorded yet."))
    changes = change_log_html(state)
    return f"{text}<br><br>{changes}" if changes else text
