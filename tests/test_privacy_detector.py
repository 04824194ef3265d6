"""The detector as a whole: one finding per place, the strongest kind first, and replacing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fidelity_app.privacy import Detector, Match, redact

DETECTOR = Detector(["Anna Andersson"], today=date(2026, 12, 7))
PIECES = st.sampled_from([
    "Anna Andersson", "Ahmed Hassan", "811218-9876", "8112189876", "070-123 45 67",
    "+46 70 123 45 67", "a.b@c.se", "2024-03-12", "4/5", "85 %", " ", "\n", ", ", ".", "-",
    "Deltagaren", "och", "0", "12", "Per", "Lind",
])


@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join))
def test_findings_are_in_order_do_not_overlap_and_are_where_they_say(text: str) -> None:
    found = DETECTOR.find(text)
    for m in found:
        assert text[m.start:m.end] == m.text and m.text
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    redacted = redact(text, found, "[x]")
    assert redacted.count("[x]") - text.count("[x]") == len(found)


def test_a_number_that_is_an_identity_number_is_reported_as_one() -> None:
    # 8112189876 could be dialled, but it is a valid identity number: that is what it is called
    assert [(m.kind, m.text) for m in DETECTOR.find("Nr 8112189876.")] == [
        ("identity-number", "8112189876")]


def test_a_known_name_and_a_listed_name_in_the_same_place_are_one_finding() -> None:
    assert DETECTOR.find("Anna Andersson var där.") == [
        Match(0, 14, "Anna Andersson", "name")]


def test_replacing_needs_the_findings_of_the_same_text() -> None:
    text = "Ring Ahmed Hassan på 070-123 45 67."
    found = DETECTOR.find(text)
    assert redact(text, found, "[deltagare]") == "Ring [deltagare] på [deltagare]."
    with pytest.raises(ValueError, match="is not at"):
        redact("Ring " + text, found, "[deltagare]")
