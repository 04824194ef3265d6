"""The summary page's list of what changed after the review was first finalised (the log
that ``services.change_log`` keeps), as rich text: when, who, what, old and new, and why."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from fidelity_app.services.dto import ChangeInfo
from fidelity_app.ui.labels import status_label
from fidelity_app.ui.scoring.state import ReviewState
from fidelity_app.ui.scoring.texts import field_label, format_datetime
from fidelity_app.ui.translatable import QT_TRANSLATE_NOOP

SHOWN_CHARS = 80

WHAT_LABELS: dict[str, str] = {
    "score": QT_TRANSLATE_NOOP("ChangeLog", "Score"),
    "status": QT_TRANSLATE_NOOP("ChangeLog", "Status"),
    "note": QT_TRANSLATE_NOOP("ChangeLog", "Own note"),
    "needs_info": QT_TRANSLATE_NOOP("ChangeLog", "Needs more information"),
    "checklist_met": QT_TRANSLATE_NOOP("ChangeLog", "Checklist elements in place"),
    "summary_strengths": QT_TRANSLATE_NOOP("ChangeLog", "Overall strengths"),
    "summary_recommendations": QT_TRANSLATE_NOOP("ChangeLog", "Overall recommendations"),
    "kind": QT_TRANSLATE_NOOP("ChangeLog", "Kind of review"),
    "start_date": QT_TRANSLATE_NOOP("ChangeLog", "Date"),
    "end_date": QT_TRANSLATE_NOOP("ChangeLog", "Last day"),
    "edition_name": QT_TRANSLATE_NOOP("ChangeLog", "Text of the scale"),
    "name": QT_TRANSLATE_NOOP("ChangeLog", "Reviewer"),
    "inputs": QT_TRANSLATE_NOOP("ChangeLog", "Calculator figures"),
    "proposed_score": QT_TRANSLATE_NOOP("ChangeLog", "Proposed score"),
}


def what_label(change: ChangeInfo) -> str:
    """The changed field as the screen names it."""
    label = WHAT_LABELS.get(change.what)
    text = QCoreApplication.translate("ChangeLog", label) if label else field_label(change.what)
    return f"{text} ({change.detail})" if change.detail else text


def shown_value(change: ChangeInfo, value: str) -> str:
    """A logged value as shown: statuses by name, long texts cut, nothing as a dash."""
    if change.what == "status":
        return status_label(value)
    if not value:
        return "–"
    flat = " ".join(value.split())
    return flat if len(flat) <= SHOWN_CHARS else flat[:SHOWN_CHARS - 1] + "…"


def change_log_html(state: ReviewState) -> str:
    """The changes made after first finalising, oldest first ("" when there are none)."""
    changes = state.detail.changes
    if not changes:
        return ""
    names = {item.id: f"{state.label(item)} · {item.short_title}" for item in state.items}
    lines = []
    for c in changes:
        where = names.get(c.item_id, c.item_id)
        what = what_label(c) + (f" – {where}" if where else "")
        line = (f"{escape(format_datetime(c.at))} {escape(c.actor)}: <b>{escape(what)}</b> "
                f"{escape(shown_value(c, c.old))} → {escape(shown_value(c, c.new))}")
        if c.reason:
            line += " " + escape(QCoreApplication.translate(
                "ChangeLog", "(reopened: %1)").replace("%1", c.reason))
        lines.append(line)
    heading = QCoreApplication.translate("ChangeLog", "Changed after it was first finalised:")
    return f"<b>{escape(heading)}</b><br>" + "<br>".join(lines)
