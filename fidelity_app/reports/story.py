"""The report's content, one function per part, each returning a list of flowables."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from fidelity_app import __version__
from fidelity_app.reports.agreement_block import agreement_block
from fidelity_app.reports.calculation_text import calculation_lines
from fidelity_app.reports.charts import band_strip, profile_chart, trend_chart
from fidelity_app.reports.document import BODY
from fidelity_app.reports.evidence_text import evidence_text, method_block
from fidelity_app.reports.fonts import REGULAR
from fidelity_app.reports.richtext import inline, paragraphs
from fidelity_app.reports.styles import (
    ACCENT,
    CONTENT_WIDTH,
    DOWN,
    MUTED,
    PALE,
    PALER,
    RULE,
    UP,
    Styles,
    section_colour,
)
from fidelity_app.reports.texts import Texts
from fidelity_app.scale.model import Item, Scale
from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.services.actions import ActionInfo
from fidelity_app.services.report_data import ReportData

MAIN_LIST_LENGTH = 4
KEEP_WITH_HEADING_CHARS = 1200
KEEP_WHOLE_CHARS = 900
"""A note up to this long is never split across two pages."""


def keep_with_next(*flowables: Flowable) -> list[Flowable]:
    """``flowables`` (a heading, its introduction) kept on the page of what follows them."""
    for flowable in flowables:
        flowable.keepWithNext = True
    return list(flowables)


def _text(flowable: Flowable) -> str:
    """The text of a paragraph, or of the paragraphs kept together in ``flowable``."""
    if isinstance(flowable, KeepTogether):
        return "".join(_text(f) for f in flowable._content)
    return getattr(flowable, "text", "")


def without_trailing_space(parts: list[Flowable]) -> list[Flowable]:
    """``parts`` without the spacers at its end (one left before a page break would start an
    empty page when it falls just past the bottom)."""
    while parts and isinstance(parts[-1], Spacer):
        parts = parts[:-1]
    return parts


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells use the embedded font (reportlab's default is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


class Report:
    """Builds the story of one report from its data, in the data's language."""

    def __init__(self, data: ReportData, styles: Styles) -> None:
        self.data = data
        self.s = styles
        self.t = Texts(data.language)
        self.scale: Scale = data.scale
        self.scores = data.scores
        self._section_index = {sec.id: i for i, sec in enumerate(self.scale.sections)}

    # -- small helpers ----------------------------------------------------------------------

    def label(self, text: str) -> str:
        """Markup of a small field label (``text`` is the report's own words)."""
        return f'<font name="{self.s.label.fontName}" size="{self.s.label.fontSize}" ' \
               f'color="{MUTED.hexval()}">{inline(text.upper())}</font>'

    def field(self, label: str, text: str) -> list[Flowable]:
        """A labelled piece of user text, flowing (the label opens the first paragraph)."""
        if not text.strip():
            return []
        pieces: list[Flowable] = paragraphs(text, self.s.note, label=self.label(label))
        return [KeepTogether(pieces)] if len(text) <= KEEP_WHOLE_CHARS else pieces

    def item_ref(self, item: Item) -> str:
        """'Organisation 4' - where the item sits in the scale."""
        return f"{self.scale.section(item.section).title} {item.number}"

    def total_text(self, score: ScoreResult) -> str:
        """'98 av 125', or '60 av 125 (preliminär)' for a partial total."""
        text = self.t("total_of", total=score.total, max=score.max)
        return f"{text} ({self.t('partial_now')})" if score.partial else text

    def item_heading(self, item: Item) -> Table:
        """A bar naming the item, with its score at the right."""
        score = self.scores.get(item.id)
        colour = section_colour(self._section_index[item.section])
        left = Paragraph(
            f'<font size="7.4" color="{MUTED.hexval()}">{inline(self.item_ref(item).upper())}'
            f"</font><br/>{inline(item.title)}",
            self.s.h3,
        )
        if score is None:
            right = Paragraph(inline(self.t("not_scored")), self.s.cell_right)
        else:
            right = Paragraph(
                f'<font size="15" color="{colour.hexval()}"><b>{score}</b></font>'
                f'<font size="8" color="{MUTED.hexval()}"> / 5</font>',
                self.s.cell_right,
            )
        table = Table([[left, right]], colWidths=[CONTENT_WIDTH - 28 * mm, 28 * mm])
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), PALER),
            ("LINEBEFORE", (0, 0), (0, 0), 3, colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 8),
            ("RIGHTPADDING", (-1, 0), (-1, 0), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        return table

    def item_block(self, item: Item, fields: list[Flowable], criterion: list[Flowable],
                   lead: list[Flowable] | None = None) -> list[Flowable]:
        """An item: heading and criterion kept together, then notes that may flow; ``lead``
        (a section heading) goes on the page of the item it opens."""
        head: list[Flowable] = [*(lead or []), self.item_heading(item), Spacer(1, 4),
                                *criterion]
        fields = list(fields)
        # a short item stays whole; a long one keeps at least its first note with the heading
        whole = sum(len(_text(f)) for f in fields) < KEEP_WITH_HEADING_CHARS
        while fields and (whole or len(head) == len(criterion) + len(lead or []) + 2) \
                and len(_text(fields[0])) < KEEP_WITH_HEADING_CHARS:
            first = fields.pop(0)
            # a kept-whole note joins the heading's group (a group inside a group would
            # always start a new page)
            head += first._content if isinstance(first, KeepTogether) else [first]
        return [KeepTogether(head), *fields, Spacer(1, 9)]

    def criterion(self, label: str, text: str) -> list[Flowable]:
        """A criterion of the scale, labelled."""
        return [Paragraph(f"{self.label(label)}<br/>{inline(text)}", self.s.criterion)]

    def elements_met(self, item: Item) -> list[Flowable]:
        """For a checklist item: the elements the reviewers saw in place, by name."""
        met = self.data.review.notes(item.id).checklist_met
        names = [item.checklist[n - 1] for n in met if 1 <= n <= len(item.checklist)]
        if not names:
            return []
        text = self.t("elements_met", count=len(names), total=len(item.checklist))
        lines = "".join(f"<br/>✓ {inline(name)}" for name in names)
        return [Paragraph(f"{self.label(text)}{lines}", self.s.note)]

    def simple_table(self, rows: list[list[Flowable]], widths: list[float], *,
                     total_row: bool = False) -> Table:
        """A light table: tinted header row, thin rules, optional bold total row."""
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), PALE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        if total_row:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]
        table.setStyle(table_style(style))
        return table

    def cells(self, values: list[str], *, head: bool = False, bold: bool = False,
              right_from: int = 1) -> list[Paragraph]:
        """A row of escaped cells; columns from ``right_from`` are right-aligned."""
        s = self.s
        row = []
        for i, value in enumerate(values):
            if head:
                style = s.cell_head_right if i >= right_from else s.cell_head
            elif i >= right_from:
                style = s.cell_right
            else:
                style = s.cell_bold if bold else s.cell
            text = inline(value)
            row.append(Paragraph(f"<b>{text}</b>" if bold and i >= right_from else text, style))
        return row

    # -- parts ------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        """The whole report."""
        parts: list[Flowable] = [*self.cover(), NextPageTemplate(BODY), PageBreak()]
        parts += self.summary()
        parts = [*without_trailing_space(parts), PageBreak(), *self.strengths()]
        parts = [*without_trailing_space(parts), PageBreak(), *self.development()]
        if self.data.actions or self.data.earlier_actions:
            parts = [*without_trailing_space(parts), PageBreak(), *self.action_plan()]
        parts = [*without_trailing_space(parts), PageBreak(), *self.item_by_item()]
        if self.data.trend is not None:
            parts = [*without_trailing_space(parts), PageBreak(), *self.trend()]
        if self.data.previous is not None:
            # after the trend, the comparison goes on the same page when it has room
            gap = ([Spacer(1, 16), CondPageBreak(85 * mm)] if self.data.trend is not None
                   else [PageBreak()])
            parts = [*without_trailing_space(parts), *gap, *self.comparison()]
        if self.data.comments_appendix and self.data.review.service_comments:
            parts = [*without_trailing_space(parts), PageBreak(), *self.service_comments()]
        return without_trailing_space(parts)

    def cover(self) -> list[Flowable]:
        """Service, kind, dates, reviewers, scale, status, and the result at a glance."""
        d, t, s = self.data, self.t, self.s
        review, service = d.review.summary, d.review.service
        out: list[Flowable] = [
            Spacer(1, 4 * mm),
            Paragraph(inline(f"{t('report_kind')} · {t('report_subtitle')}").upper(),
                      s.cover_kicker),
            Paragraph(inline(service.name), self.title_style(service.name)),
        ]
        for extra in (service.organisation, service.location):
            if extra.strip():
                out.append(Paragraph(inline(extra), s.cover_sub))
        out.append(Spacer(1, 10 * mm))
        out.append(self.score_box())
        out.append(Spacer(1, 8 * mm))
        facts = [
            (t("kind"), t.kind(review.kind)),
            (t("dates"), t.date_range(review.start_date, review.end_date)),
            (t("reviewers"), ", ".join(review.reviewers) or "–"),
            (t("scale"), t("scale_version", name=d.scale.name, version=review.scale_version)),
            *self.edition_fact(),
            (t("status"), t("draft") if d.is_draft else t("final")),
        ]
        if service.contact.strip():
            facts.append((t("contact"), service.contact))
        facts.append((t("review_id"), review.uuid))
        rows = [
            [Paragraph(self.label(k), s.cell), Paragraph(inline(v), s.cell)] for k, v in facts
        ]
        # splitInRow: a very long contact note may run onto the next page
        table = Table(rows, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT",
                      splitInRow=1)
        table.setStyle(table_style([
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.35, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        out.append(table)
        out += agreement_block(self)
        if d.is_draft:
            out += [Spacer(1, 5 * mm), Paragraph(f"<b>{inline(t('draft_note'))}</b>", s.body)]
        out.append(Spacer(1, 6 * mm))
        if d.scale.attribution:
            out.append(Paragraph(
                f"{self.label(t('attribution'))}<br/>{inline(d.scale.attribution)}", s.muted
            ))
        if d.generated_on is not None:
            colophon = t("generated", date=t.date(d.generated_on), version=__version__)
            out.append(Paragraph(inline(colophon), s.muted))
        return out

    def edition_fact(self) -> list[tuple[str, str]]:
        """The cover line naming the text of the scale the review was scored with."""
        edition = self.data.edition
        if edition is None:
            return []
        text = edition.name
        if edition.sha256 and not edition.builtin:
            text += f" · SHA-256 {edition.sha256[:12]}…"
        if not edition.present:
            text = self.t("scale_text_missing", name=text)
        return [(self.t("scale_text"), text)]

    def figures(self, item: Item) -> list[Flowable]:
        """The calculator figures behind an item's score, if any were entered."""
        calc = self.data.review.calculations.get(item.id)
        if calc is None or item.calculator is None:
            return []
        lines = [inline(line) for line in calculation_lines(self.t, item, calc)]
        if calc.overrides:  # a departure from the proposal stands out
            lines[-1] = f"<b>{lines[-1]}</b>"
        return [Paragraph(f"{self.label(self.t('figures'))}<br/>" + "<br/>".join(lines),
                          self.s.note)]

    def title_style(self, title: str) -> ParagraphStyle:
        """The cover title's style: smaller for a long name, so the cover stays one page."""
        style = self.s.cover_title
        length = len(title)
        size = next((size for limit, size in ((40, style.fontSize), (90, 20), (160, 16))
                     if length <= limit), 13)
        if size == style.fontSize:
            return style
        return ParagraphStyle("cover_title_small", parent=style, fontSize=size,
                              leading=size * 1.22)

    def score_box(self) -> Table:
        """The total and band (or the partial total, clearly marked, and no band)."""
        t, s, score = self.t, self.s, self.data.score
        number = Paragraph(
            f"{self.label(t('partial_total') if score.partial else t('total'))}<br/>"
            f"{score.total}<font size='12' color='{MUTED.hexval()}'> / {score.max}</font>",
            s.big_number,
        )
        if score.partial:
            right = [
                Paragraph(f"{self.label(t('band'))}<br/>{inline(t('no_band'))}", s.band),
                Paragraph(inline(t("partial_note", scored=score.scored, items=score.items)),
                          s.small),
            ]
        else:
            assert score.band is not None
            right = [
                Paragraph(f"{self.label(t('band'))}<br/>{inline(score.band.label)}", s.band),
                Paragraph(inline(score.band.description), s.small),
            ]
        table = Table([[number, right]], colWidths=[50 * mm, CONTENT_WIDTH - 50 * mm])
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("LINEBEFORE", (0, 0), (0, 0), 4, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
        ]))
        return table

    def summary(self) -> list[Flowable]:
        """Total and band, sections, the profile chart, main strengths and development."""
        t, s, d = self.t, self.s, self.data
        score = d.score
        out: list[Flowable] = [Paragraph(inline(t("summary")), s.h1), self.score_box(),
                               Spacer(1, 10)]
        if score.complete:
            out += [
                band_strip(self.scale.bands, score.total, CONTENT_WIDTH,
                           lambda b: t("points", min=b.min, max=b.max)),
                Spacer(1, 8),
            ]
        out.append(self.section_table(CONTENT_WIDTH))
        out += [
            Paragraph(inline(t("profile")), s.h2),
            profile_chart(self.scale, self.scores, CONTENT_WIDTH, height=118),
            Spacer(1, 3),
            Paragraph(inline(t("profile_note")), s.muted),
        ]
        high = self.strength_items()[:MAIN_LIST_LENGTH]
        low = self.development_items()[:MAIN_LIST_LENGTH]
        # each list stays with its heading; the reviewers' text after it may flow on
        out.append(KeepTogether([
            Paragraph(inline(t("main_strengths")), s.h2),
            *(self.bullets(high) or [Paragraph(inline(t("none_scored_high")), s.body)]),
        ]))
        out += self.field(t("overall_strengths"), d.review.summary_strengths)
        out.append(KeepTogether([
            Paragraph(inline(t("main_development")), s.h2),
            *(self.bullets(low) or [Paragraph(inline(t("none_scored_low")), s.body)]),
        ]))
        out += self.field(t("overall_recommendations"), d.review.summary_recommendations)
        return out

    def section_table(self, width: float) -> Table:
        """Subtotal of each section and the total, ``width`` wide."""
        t, score = self.t, self.data.score
        rows = [self.cells([t("section"), t("scored"), t("subtotal"), t("max"), t("average")],
                           head=True)]
        for sec in score.sections:
            mean = f"{sec.subtotal / sec.scored:.1f}" if sec.scored else "–"
            rows.append(self.cells([sec.title, f"{sec.scored} / {sec.items}", str(sec.subtotal),
                                    str(sec.max), self.decimal(mean)]))
        mean = f"{score.total / score.scored:.1f}" if score.scored else "–"
        rows.append(self.cells(
            [t("total") + (f" ({t('partial_now')})" if score.partial else ""),
             f"{score.scored} / {score.items}", str(score.total), str(score.max),
             self.decimal(mean)],
            bold=True,
        ))
        number = 22 * mm
        return self.simple_table(rows, [width - 4 * number] + [number] * 4, total_row=True)

    def decimal(self, text: str) -> str:
        """A decimal number with the language's decimal mark."""
        return text.replace(".", ",") if self.t.language == "sv" else text

    def bullets(self, items: list[Item]) -> list[Flowable]:
        """One line per item: title and score."""
        return [
            Paragraph(
                f"{inline(item.title)} <font color='{MUTED.hexval()}'>"
                f"({inline(self.item_ref(item))}) · {self.scores[item.id]}</font>",
                self.s.bullet, bulletText="•",
            )
            for item in items
        ]

    def strength_items(self) -> list[Item]:
        """The review's strengths (``services.feedback``: scored 5, then 4)."""
        return [self.scale.item(item_id) for item_id in self.data.feedback.strengths]

    def development_items(self) -> list[Item]:
        """The areas for development (``services.feedback``: scored 3 or lower, lowest first)."""
        return [self.scale.item(item_id) for item_id in self.data.feedback.development]

    def strengths(self) -> list[Flowable]:
        """The items scored highest, with what the reviewers saw."""
        t, s = self.t, self.s
        out: list[Flowable] = keep_with_next(
            Paragraph(inline(t("strengths")), s.h1),
            Paragraph(inline(t("strengths_intro")), s.muted), Spacer(1, 6))
        items = self.strength_items()
        if not items:
            out.append(Paragraph(inline(t("none_scored_high")), s.body))
        for item in items:
            notes = self.data.review.notes(item.id)
            seen = (notes.strengths if notes.strengths.strip()
                    else evidence_text(self.t, notes.evidence))
            fields = self.field(t("what_seen"), seen)  # nothing when there is no note
            criterion = [*self.criterion(t("criterion_met"),
                                         item.criterion(self.scores[item.id])),
                         *self.elements_met(item)]
            out += self.item_block(item, fields, criterion)
        return out

    def development(self) -> list[Flowable]:
        """Items scored 3 or lower: what a higher score needs, observations, recommendation."""
        t, s = self.t, self.s
        out: list[Flowable] = keep_with_next(
            Paragraph(inline(t("development")), s.h1),
            Paragraph(inline(t("development_intro")), s.muted), Spacer(1, 6))
        items = self.development_items()
        if not items:
            out.append(Paragraph(inline(t("none_scored_low")), s.body))
        for item in items:
            score = self.scores[item.id]
            notes = self.data.review.notes(item.id)
            criterion = [*self.criterion(t("next_level", score=score + 1),
                                         item.criterion(score + 1)),
                         *self.elements_met(item)]
            fields = [
                *self.field(t("observations"), evidence_text(t, notes.evidence)),
                *self.field(t("recommendation"), notes.development),
            ]
            out += self.item_block(item, fields, criterion)
        return out

    def action_plan(self) -> list[Flowable]:
        """The actions raised by this review, then those still open from earlier ones."""
        t, s, d = self.t, self.s, self.data
        out: list[Flowable] = keep_with_next(
            Paragraph(inline(t("action_plan")), s.h1),
            Paragraph(inline(t("action_plan_intro")), s.muted))
        for title, actions, earlier in ((t("actions_this_review"), d.actions, False),
                                        (t("actions_earlier"), d.earlier_actions, True)):
            if not actions:
                continue
            out += keep_with_next(Paragraph(inline(title), s.h2))
            out.append(self.action_table(actions, earlier=earlier))
        return out

    def action_table(self, actions: tuple[ActionInfo, ...], *, earlier: bool) -> Table:
        """Item, what, who, due, status and outcome of each action; overdue ones marked."""
        t = self.t
        cell = ParagraphStyle("action_cell", parent=self.s.cell, fontSize=7.9, leading=10.3)
        head = ParagraphStyle("action_head", parent=self.s.cell_head, fontSize=7.4,
                              leading=9.6)
        today = self.data.generated_on
        titles = [t("item"), t("action_what"), t("action_responsible"), t("action_due"),
                  t("action_status"), t("action_outcome")]
        rows: list[list[Flowable]] = [[Paragraph(inline(x), head) for x in titles]]
        widths = [34 * mm, 0, 26 * mm, 22 * mm, 17 * mm, 29 * mm]
        widths[1] = CONTENT_WIDTH - sum(widths)
        cells = [w - 10 for w in widths]  # less the cell padding of simple_table
        for action in actions:
            try:
                item = self.scale.item(action.item_id)
                title, ref = item.title, self.item_ref(item)
            except KeyError:
                title, ref = action.item_title or action.item_id, ""
            under = [ref] if ref else []
            if earlier and action.review_date is not None:
                under.append(t("action_raised", date=t.date(action.review_date)))
            due = action.due_date.isoformat() if action.due_date else "–"
            if today is not None and action.is_overdue(today):
                due += f"<br/><font color='{DOWN.hexval()}'><b>{inline(t('overdue'))}</b></font>"
            rows.append([
                Paragraph(f"{inline(title)}<br/><font size='7' color='{MUTED.hexval()}'>"
                          f"{inline(' · '.join(under))}</font>", cell),
                self.cell_text(action.what, cell, cells[1]),
                Paragraph(inline(action.responsible) or "–", cell),
                Paragraph(due, cell),
                Paragraph(inline(t.action_status(action.status)), cell),
                self.cell_text(action.outcome, cell, cells[5]),
            ])
        table = self.simple_table(rows, widths)
        table.splitInRow = 1  # a very long description may run onto the next page
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    @staticmethod
    def cell_text(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
        """Typed text in a table cell ``width`` wide, on one line as typed, in pieces a long
        text can be split between pages at (one long paragraph would take time growing with
        its square)."""
        return paragraphs(" ".join(text.split()), style, width=width) or [Paragraph("", style)]

    def trend(self) -> list[Flowable]:
        """The total and sections over the service's final reviews, with the bands."""
        t, s, d = self.t, self.s, self.data
        trend = d.trend
        assert trend is not None
        out: list[Flowable] = [
            *keep_with_next(Paragraph(inline(t("trend")), s.h1),
                            Paragraph(inline(t("trend_intro")), s.muted), Spacer(1, 6)),
            trend_chart(trend, CONTENT_WIDTH, lambda day: day.isoformat()),
            Spacer(1, 4),
        ]
        if any(p.partial for p in trend.total.points):
            out.append(Paragraph(inline(t("trend_partial")), s.muted))
        rows = [self.cells([t("date"), t("kind"), t("band"), t("total")], head=True,
                           right_from=3)]
        for review in d.trend_reviews:
            point = next(p for p in trend.total.points if p.review_uuid == review.uuid)
            band = "–" if point.partial else self.scale.band_for(point.value).label
            total = t("total_of", total=point.value, max=trend.total.max)
            if point.partial:
                total += f" ({t('partial_now')})"
            row = self.cells([t.date(review.start_date), t.kind(review.kind), band, total],
                             right_from=3, bold=review.uuid == d.review.uuid)
            rows.append(row)
        out += [Spacer(1, 6), self.simple_table(
            rows, [40 * mm, CONTENT_WIDTH - 40 * mm - 56 * mm - 34 * mm, 56 * mm, 34 * mm])]
        return out

    def item_by_item(self) -> list[Flowable]:
        """Every item: score, criterion met, evidence, strengths, development, rationale."""
        t, s, d = self.t, self.s, self.data
        out: list[Flowable] = keep_with_next(
            Paragraph(inline(t("item_by_item")), s.h1),
            Paragraph(inline(t("item_by_item_intro", items=len(self.scale.items))), s.muted),
        )
        out += method_block(self)
        subtotals = {sec.section_id: sec for sec in d.score.sections}
        for sec in self.scale.sections:
            sub = subtotals[sec.id]
            lead: list[Flowable] = [Paragraph(
                f"{inline(sec.title)} <font size='9.5' color='{MUTED.hexval()}'>· "
                f"{inline(t('total_of', total=sub.subtotal, max=sub.max))}</font>",
                s.h2,
            )]
            for item in self.scale.items_in(sec.id):
                notes = d.review.notes(item.id)
                score = notes.score
                if score is None:
                    criterion = [Paragraph(inline(t("not_scored")), s.criterion)]
                else:
                    label = d.scale.score_labels.get(str(score), "")
                    head = t("criterion_met") + (f" · {label}" if label else "")
                    criterion = [*self.criterion(head, item.criterion(score)),
                                 *self.elements_met(item)]
                fields = [
                    *self.figures(item),
                    *self.field(t("evidence"), evidence_text(t, notes.evidence)),
                    *self.field(t("item_strengths"), notes.strengths),
                    *self.field(t("item_development"), notes.development),
                    *self.field(t("rationale"), notes.rationale),
                ]
                # the "needs more information" flag and its reason are notes for the
                # reviewers only: they never appear in the service's report; an item
                # without notes is its heading and criterion alone
                out += self.item_block(item, fields, criterion, lead)
                lead = []
        return out

    def comparison(self) -> list[Flowable]:
        """Total and sections then and now, and the items that moved up or down."""
        t, s, d = self.t, self.s, self.data
        prev = d.previous
        assert prev is not None
        then_date = prev.detail.summary.start_date
        now_date = d.review.summary.start_date
        out: list[Flowable] = keep_with_next(
            Paragraph(inline(t("comparison")), s.h1),
            Paragraph(inline(t("comparison_intro", date=t.date(then_date))), s.body),
            Spacer(1, 4),
        )
        then_score, now_score = prev.score, d.score
        head = self.cells(["", t("then", date=t.date(then_date)),
                           t("now", date=t.date(now_date)), t("change")], head=True)
        rows = [head, self.cells([
            t("total"), self.total_text(then_score), self.total_text(now_score),
            self.delta(now_score.total - then_score.total),
        ], bold=True)]
        rows.append(self.cells([
            t("band"),
            then_score.band.label if then_score.band else "–",
            now_score.band.label if now_score.band else "–",
            "",
        ]))
        then_sections = {x.section_id: x for x in then_score.sections}
        for sec in now_score.sections:
            then_sec = then_sections[sec.section_id]
            rows.append(self.cells([sec.title, f"{then_sec.subtotal} / {then_sec.max}",
                                    f"{sec.subtotal} / {sec.max}",
                                    self.delta(sec.subtotal - then_sec.subtotal)]))
        widths = [CONTENT_WIDTH - 2 * 48 * mm - 28 * mm, 48 * mm, 48 * mm, 28 * mm]
        out.append(self.simple_table(rows, widths))

        before, after = prev.scores, self.scores
        moved = [
            (it, before[it.id], after[it.id]) for it in self.scale.items
            if it.id in before and it.id in after and before[it.id] != after[it.id]
        ]
        up = sorted((m for m in moved if m[2] > m[1]), key=lambda m: m[1] - m[2])
        down = sorted((m for m in moved if m[2] < m[1]), key=lambda m: m[2] - m[1])
        for title, group in ((t("moved_up"), up), (t("moved_down"), down)):
            if not group:
                continue
            out += keep_with_next(Paragraph(inline(title), s.h2))
            rows = [self.cells([t("item"), t("then", date=then_date.year),
                                t("now", date=now_date.year), t("change")], head=True)]
            for item, old, new in group:
                row = self.cells(["", str(old), str(new), self.delta(new - old)])
                row[0] = Paragraph(
                    f"{inline(item.title)}<br/><font size='7.4' color='{MUTED.hexval()}'>"
                    f"{inline(self.item_ref(item))}</font>", s.cell,
                )
                row[3] = Paragraph(
                    f"<font color='{(UP if new > old else DOWN).hexval()}'><b>"
                    f"{self.delta(new - old)}</b></font>", s.cell_right,
                )
                rows.append(row)
            widths = [CONTENT_WIDTH - 3 * 24 * mm, 24 * mm, 24 * mm, 24 * mm]
            out.append(self.simple_table(rows, widths))
        same = sum(
            1 for it in self.scale.items
            if it.id in before and it.id in after and before[it.id] == after[it.id]
        )
        out.append(Spacer(1, 8))
        if not moved:
            out.append(Paragraph(inline(t("none_moved")), s.body))
        out.append(Paragraph(inline(t("unchanged_count", count=same)), s.muted))
        return out

    def service_comments(self) -> list[Flowable]:
        """The appendix: the service's comments from the factual check, item by item."""
        t, s, review = self.t, self.s, self.data.review
        out: list[Flowable] = keep_with_next(
            Paragraph(inline(t("comments_appendix")), s.h1),
            Paragraph(inline(t("comments_appendix_intro")), s.muted), Spacer(1, 6))
        for item in self.scale.items:
            comments = review.comments_on(item.id)
            if not comments:
                continue
            heading = Paragraph(
                f'<font size="7.4" color="{MUTED.hexval()}">'
                f"{inline(self.item_ref(item).upper())}</font><br/>{inline(item.title)}",
                s.h3)
            fields: list[Flowable] = []
            for comment in comments:
                sent = t("comment_from", sender=comment.sender,
                         date=t.date(comment.received_at.date()))
                fields += self.field(sent, comment.comment)
            # the first comment stays with the heading (a kept-whole note joins its group: a
            # group inside a group would always start a new page)
            first = fields.pop(0)
            head = [heading, *(first._content if isinstance(first, KeepTogether) else [first])]
            out += [KeepTogether(head), *fields, Spacer(1, 8)]
        return out

    @staticmethod
    def delta(value: int) -> str:
        """A signed change: '+3', '−2', '±0'."""
        if value > 0:
            return f"+{value}"
        if value < 0:
            return f"−{-value}"
        return "±0"

