"""The main window's decisions, without widgets: which actions apply now, and its title."""

from __future__ import annotations

from dataclasses import dataclass

from fidelity_app.services.dto import ReviewSummary

# Actions that act on the review selected in the list: shown only while the list is.
LIST_ONLY = ("review.open", "review.delete")


@dataclass(frozen=True)
class WindowState:
    """What the window shows: the list (with a selection) or an open review."""

    on_list: bool
    selected: str | None = None  # the review selected in the list
    open_review: str | None = None  # the review in the scoring view
    reports: bool = True  # whether reports can be written by this installation

    @property
    def current(self) -> str | None:
        """The review the actions act on: the open one, else the one selected."""
        if not self.on_list and self.open_review:
            return self.open_review
        return self.selected

    def enabled(self) -> dict[str, bool]:
        """Whether each action that depends on the state can be used now."""
        selected = self.on_list and self.selected is not None
        current = self.current is not None
        return {
            "review.open": selected,
            "review.delete": selected,
            "review.duplicate": current,
            "review.edition": current,
            "review.visit_plan": current,
            "file.export": current,
            "file.report": current and self.reports,
            "review.factual_check": current and self.reports,
            "review.factual_import": current,
            "view.back": not self.on_list,
        }

    def visible(self) -> dict[str, bool]:
        """Whether each action that depends on the page is shown now."""
        shown = dict.fromkeys(LIST_ONLY, self.on_list)
        shown["view.back"] = not self.on_list
        return shown


def window_title(db_name: str, review: ReviewSummary | None) -> str:
    """The window title: the open review (service and date) and the database file."""
    if review is None:
        return db_name
    return f"{review.service_name} {review.start_date.isoformat()} – {db_name}"
