"""A review whose notes hold personal data in every kind of free text, for the privacy tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fidelity_app.services.app import App
from fidelity_app.services.dto import ItemNotes

CONTACT = "Enhetschef Eva Lind, 070-111 22 33"
EVIDENCE = ("Deltagaren Ahmed Hassan (811218-9876) har fått jobb. Eva Lind bekräftade. "
            "Loggen visar 3 kontakter i veckan, 12 av 14 deltagare.")
STRENGTHS = "Arbetsspecialisterna följer med till arbetsgivare. Poäng 4/5, 85 %."
DEVELOPMENT = "Dokumentera uppföljningen i journalen varje månad."
RATIONALE = "Kriteriet för 4 är uppfyllt enligt loggen 2024-03-12."
REASON = "Väntar på lista från Maria Lindqvist, maria.lindqvist@kommun.se."
REVIEWER_NOTE = "Pratade med Fatima Ali på 070-123 45 67."
RECOMMENDATIONS = "Bjud in Per Andersson till teammötet varje vecka."
ACTION = "Karin Nilsson ringer 08-123 456 78 om praktikplatser"


@dataclass(frozen=True)
class Sample:
    """The sample review and what it holds."""

    review: str
    service: str
    items: tuple[str, ...]
    action: str

    @property
    def first(self) -> str:
        """The item with the evidence and reasons."""
        return self.items[0]


def make_sample(app: App, *, final: bool = False, language: str = "sv") -> Sample:
    """A scored review with personal data in its notes, an action and a reviewer's note."""
    reviews = app.reviews
    # the same service when a test makes a second sample
    service = (reviews.matching_services("Arbetsstöd Syd", "Exempelby kommun")
               or [reviews.create_service("Arbetsstöd Syd", organisation="Exempelby kommun",
                                          contact=CONTACT)])[0]
    review = reviews.create_review(service.uuid, kind="external", start_date=date(2026, 3, 2),
                                   language=language, reviewers=["Anna Andersson", "Bertil Berg"])
    items = tuple(i.id for i in app.scales.get("ips-25", language).items)
    for n, item_id in enumerate(items):
        reviews.set_score(review.uuid, item_id, 2 + n % 4)
    first, second = items[0], items[1]
    app.evidence.add_evidence(review.uuid, first, EVIDENCE, "interview", "arbetsspecialist")
    reviews.set_item_text(review.uuid, first, "strengths", STRENGTHS)
    reviews.set_item_text(review.uuid, first, "development", DEVELOPMENT)
    reviews.set_item_text(review.uuid, first, "rationale", RATIONALE)
    reviews.set_needs_info(review.uuid, first, True, REASON)
    app.evidence.add_evidence(review.uuid, second, "Inga personuppgifter här.", "observation")
    reviews.set_summary(review.uuid, strengths="Ledningen är engagerad.",
                        recommendations=RECOMMENDATIONS)
    app.ratings.set_rating(review.uuid, "Anna Andersson", first, 3, REVIEWER_NOTE)
    app.ratings.set_rating(review.uuid, "Bertil Berg", first, 3)
    app.ratings.set_rating(review.uuid, "Bertil Berg", second, None, "Bara en anteckning.")
    action = app.actions.create_action(review.uuid, first, ACTION, responsible="Eva Lind")
    if final:
        reviews.finalise(review.uuid, clear_flags=True)  # the flag goes, its reason stays
    return Sample(review.uuid, service.uuid, items, action.uuid)


def evidence_of(notes: ItemNotes) -> str:
    """The texts of an item's evidence entries, one a line."""
    return "\n".join(e.text for e in notes.evidence)


def set_evidence(app: App, review: str, item_id: str, text: str) -> None:
    """Change the text of an item's first evidence entry (as another window would)."""
    entry = app.reviews.get_review(review).notes(item_id).evidence[0]
    app.evidence.update_evidence(review, item_id, entry.id, text, entry.source, entry.role)
