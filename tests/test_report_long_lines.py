"""A note typed as one endless line is laid out in bounded pieces, so the time to write a
report grows with the length of its notes, not with its square (figures: bench report-limits)."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.exchange.limits import MAX_TEXT
from fidelity_app.reports.richtext import MAX_BLOCK_CHARS, paragraphs
from fidelity_app.reports.story import Report
from fidelity_app.reports.styles import make_styles
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError

# the PDF's layout, whichever engine the data came from
pytestmark = pytest.mark.sqlite_only

WORDS = "Deltagaren har haft kontakt med tre arbetsgivare i Örebro. "


def one_line(length: int) -> str:
    return (WORDS * (length // len(WORDS) + 1))[:length]


def test_a_note_at_the_limit_on_one_line_is_cut_into_bounded_paragraphs() -> None:
    note = one_line(MAX_TEXT)
    paras = paragraphs(note, make_styles().note)
    assert len(paras) >= MAX_TEXT // MAX_BLOCK_CHARS
    assert all(len(p.text) <= MAX_BLOCK_CHARS for p in paras)
    # nothing is lost, and the cuts are at spaces: no word is broken in two
    assert " ".join(" ".join(p.text for p in paras).split()) == " ".join(note.split())
    assert all(p.text.rstrip().endswith(".") for p in paras[:-1])  # at a sentence's end
    assert all(p.style.spaceAfter == 0 for p in paras[:-1])  # the pieces join without a gap
    assert all(p.style.spaceBefore == 0 for p in paras[1:])


def test_a_line_without_spaces_is_cut_too() -> None:
    word = "x" * (3 * MAX_BLOCK_CHARS + 5)
    paras = paragraphs(word, make_styles().note)
    assert [len(p.text) for p in paras] == [MAX_BLOCK_CHARS] * 3 + [5]
    assert "".join(p.text for p in paras) == word


def test_an_action_in_the_report_table_is_in_bounded_pieces_and_has_a_limit(app: App) -> None:
    from fidelity_app.services.actions import MAX_ACTION_TEXT

    pieces = Report.cell_text(one_line(MAX_ACTION_TEXT), make_styles().cell, 300)
    assert all(len(p.text) <= MAX_BLOCK_CHARS for p in pieces)
    text = " ".join(one_line(MAX_ACTION_TEXT).split())
    assert " ".join(" ".join(p.text for p in pieces).split()) == text
    service = app.reviews.create_service("Arbetsstöd Långa rader")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 8)).uuid
    with pytest.raises(InvalidInputError, match="at most 20,000 characters"):
        app.actions.create_action(review, "staffing-1", one_line(MAX_ACTION_TEXT) + "x")
    action = app.actions.create_action(review, "staffing-1", one_line(MAX_ACTION_TEXT))
    with pytest.raises(InvalidInputError, match="at most 20,000 characters"):
        app.actions.update_action(action.uuid, outcome=one_line(MAX_ACTION_TEXT) + "x")
