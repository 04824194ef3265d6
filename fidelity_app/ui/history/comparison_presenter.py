"""What the service page's comparison tab shows, decided without widgets: where the service
stands among all services item by item, or its self-assessment beside its external review."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.comparisons import SCORES, SelfAndOutside, Standing
from fidelity_app.services.labels import item_label
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt

translate = QCoreApplication.translate

# What the service is compared with: all services' external reviews, all outside reviews
# (external and peer reviews), or its own self-assessment beside its external review.
EXTERNAL, OUTSIDE, SELF = "external", "outside", "self"
CHOICES = (EXTERNAL, OUTSIDE, SELF)
KINDS = {EXTERNAL: ("external",), OUTSIDE: ("external", "peer-review")}


class ComparisonSource(Protocol):
    """The two comparisons (``App.comparisons``)."""

    def standing(self, service_uuid: str, scale_id: str = ..., language: str = ...,
                 kinds: tuple[str, ...] = ...) -> Standing: ...

    def self_and_outside(self, service_uuid: str, scale_id: str = ...,
                         language: str = ...) -> SelfAndOutside: ...


@dataclass
class ComparisonTable:
    """A table as the tab shows it: a headline, column titles, rows of cell texts and, per
    row, the column to highlight (the service's own score), or ``None``."""

    headline: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    highlight: list[int | None] = field(default_factory=list)


def choice_text(choice: str) -> str:
    """A choice of the "compare with" box."""
    texts = {
        EXTERNAL: translate("ComparisonTab", "All services' latest external reviews"),
        OUTSIDE: translate("ComparisonTab", "All services' latest external or peer reviews"),
        SELF: translate("ComparisonTab", "Own self-assessment beside the external review"),
    }
    return texts[choice]


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


class ComparisonPresenter:
    """Reads a comparison for one service and turns it into a :class:`ComparisonTable`."""

    def __init__(self, source: ComparisonSource, scales: ScaleCatalogue, language: str) -> None:
        self.source = source
        self.scales = scales
        self.language = language
        self.choice = EXTERNAL

    def table(self, service_uuid: str, scale_id: str) -> ComparisonTable:
        """The table of the current choice (an error as its headline)."""
        if self.choice == SELF:
            pair = attempt(lambda: self.source.self_and_outside(
                service_uuid, scale_id, self.language))
            if pair.value is None:
                return ComparisonTable(headline=error_text(pair.error) if pair.error else "")
            return self._pair_table(pair.value)
        standing = attempt(lambda: self.source.standing(
            service_uuid, scale_id, self.language, KINDS[self.choice]))
        if standing.value is None:
            return ComparisonTable(headline=error_text(standing.error) if standing.error else "")
        return self._standing_table(standing.value)

    def _label(self, scale_id: str, item_id: str) -> str:
        return item_label(self.scales.get(scale_id, self.language), item_id).text(self.language)

    def _standing_table(self, standing: Standing) -> ComparisonTable:
        table = ComparisonTable(columns=[
            translate("ComparisonTab", "Item"), translate("ComparisonTab", "Score"),
            *(str(s) for s in SCORES),
            translate("ComparisonTab", "Median"), translate("ComparisonTab", "Lower"),
            translate("ComparisonTab", "Higher"),
        ])
        review = standing.review
        if review is None:
            table.headline = translate(
                "ComparisonTab", "The service has no final review of this kind yet; the table "
                "shows how the other services scored.")
        elif standing.total is None:
            table.headline = translate(
                "ComparisonTab", "The review of %1 is not complete, so it has no total.").replace(
                "%1", review.start_date.isoformat())
        else:
            table.headline = (
                translate("ComparisonTab", "Review of %1: total %2 (%3). Services with a complete "
                          "review: %4; with a lower total: %5, with a higher one: %6.")
                .replace("%1", review.start_date.isoformat()).replace("%2", str(standing.total))
                .replace("%3", standing.band or "").replace("%4", str(standing.services_compared))
                .replace("%5", str(standing.totals_lower))
                .replace("%6", str(standing.totals_higher)))
        if standing.anonymous_minimum:
            table.headline += "\n" + translate(
                "ComparisonTab", "As a service account you see the other services only in the "
                "anonymous figures: an item or the totals are shown only when at least %1 "
                "services contribute.").replace("%1", str(standing.anonymous_minimum))
        for item in standing.items:
            median = "–" if item.median is None else f"{item.median:g}".replace(
                ".", "," if self.language == "sv" else ".")
            table.rows.append([
                self._label(standing.scale_id, item.item_id), _score(item.score),
                *(str(n) for n in item.counts), median,
                "" if item.score is None else str(item.lower),
                "" if item.score is None else str(item.higher),
            ])
            table.highlight.append(None if item.score is None else 1 + item.score)
        return table

    def _pair_table(self, pair: SelfAndOutside) -> ComparisonTable:
        table = ComparisonTable(columns=[
            translate("ComparisonTab", "Item"), translate("ComparisonTab", "Self-assessment"),
            translate("ComparisonTab", "External review"),
            translate("ComparisonTab", "Difference"),
        ])
        if pair.own is None or pair.outside is None:
            table.headline = (
                translate("ComparisonTab", "There is no final self-assessment to compare yet.")
                if pair.own is None else
                translate("ComparisonTab", "There is no final external review to compare yet."))
        else:
            table.headline = (
                translate("ComparisonTab", "Self-assessment of %1 beside the external review of "
                          "%2. Items the team scored higher: %3; lower: %4; the same: %5.")
                .replace("%1", pair.own.start_date.isoformat())
                .replace("%2", pair.outside.start_date.isoformat())
                .replace("%3", str(pair.rated_higher)).replace("%4", str(pair.rated_lower))
                .replace("%5", str(pair.same)))
        for item in pair.items:
            diff = item.difference
            table.rows.append([
                self._label(pair.scale_id, item.item_id), _score(item.own), _score(item.outside),
                "" if diff is None else (f"{diff:+d}" if diff else "0"),
            ])
            table.highlight.append(3 if diff else None)
        return table
