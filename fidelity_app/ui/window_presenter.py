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


# The window's default size (before the user sizes it; then their size is remembered).
LARGEST_DEFAULT = (1500, 940)  # enough for every screen; more only spreads the text out
SMALLEST_DEFAULT = (960, 600)  # for a screen that reports no free area (a virtual display)
FRAME_ALLOWANCE = (16, 40)  # the title bar and borders the system adds around the window


@dataclass(frozen=True)
class Placement:
    """Where the window first opens: the top-left corner of its frame, the size inside it."""

    x: int
    y: int
    width: int
    height: int


def default_placement(left: int, top: int, width: int, height: int) -> Placement:
    """The default size and place of the window on a screen whose free area (without the
    task bar) is ``width`` x ``height`` at ``left``, ``top``: as large as the area allows
    once the frame is added, up to ``LARGEST_DEFAULT`` (``SMALLEST_DEFAULT`` when the screen
    reports no free area); centred across, at the top of the area."""
    w, h = (_default_length(free, frame, largest, smallest) for free, frame, largest, smallest
            in zip((width, height), FRAME_ALLOWANCE, LARGEST_DEFAULT, SMALLEST_DEFAULT,
                   strict=True))
    return Placement(left + max((width - w - FRAME_ALLOWANCE[0]) // 2, 0), top, w, h)


def _default_length(free: int, frame: int, largest: int, smallest: int) -> int:
    """One side of the default size: the free space less the frame, at most ``largest``;
    ``smallest`` when there is no free space to go by."""
    length = min(max(free - frame, smallest), largest)
    return min(length, free - frame) if free - frame > 0 else length
