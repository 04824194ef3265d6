"""Keep a database made by this version's schema, for the migration tests.

Run once for every released schema revision (before a new migration is added):

    .venv/bin/python scripts/make_migration_fixture.py

It writes ``tests/data/migrations/<revision>.db``: a realistic database at the current head
revision (two services, reviews in Swedish and English, final/draft/reopened, two reviewers'
own ratings, needs-info flags, an action plan), as one self-contained SQLite file.
``tests/test_migrations.py`` upgrades every such file with the current program and checks that
every row and value is still there. An existing fixture is never overwritten.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from fidelity_app.demo import create_demo
from fidelity_app.services.app import open_app
from fidelity_app.services.editions import builtin_id
from fidelity_app.storage.backup import copy_database
from fidelity_app.storage.migrate import head_revision
from fidelity_app.storage.models import Action, Rating, Review, Reviewer, ReviewEvent

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "migrations"
FIXED_TIME = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _fill(db: Path) -> None:
    """Everything a user can store, written through the services where they exist."""
    app = open_app(db, daily_backup=False)
    try:
        first, second = create_demo(app)
        reviews = app.reviews
        reviews.reopen(first, "Rättelse: fel datum för arbetsgivarkontakterna i punkt 6.")
        reviews.set_item_text(first, "services-6", "rationale",
                              "Loggen visar tre kontakter i veckan; kriteriet för 3 är uppfyllt.")
        reviews.finalise(first)
        reviews.set_needs_info(second, "services-4", True,
                               "Väntar på statistik över uppföljning efter anställning.")

        other = reviews.create_service(
            "Work First East", organisation="Example County", location="Eastport",
            contact="Team lead: J. Smith <j.smith@example.org>",
        )
        draft = reviews.create_review(
            other.uuid, kind="self-assessment", start_date=date(2026, 3, 2),
            language="en", reviewers=["Jane Smith"],
        )
        reviews.set_score(draft.uuid, "staffing-1", 5)
        app.evidence.add_evidence(
            draft.uuid, "staffing-1",
            "Caseloads: 18, 19 and 20 — \"all under 20\"; ✓ checked in MIS.", "interview",
            "team leader")
        reviews.set_score(draft.uuid, "services-1", 2)
        reviews.set_item_text(draft.uuid, "services-1", "development",
                              "Line 1\nLine 2 <b>not markup</b> & 'quotes'\ttab")
        reviews.set_summary(draft.uuid, strengths="Strong leadership.",
                            recommendations="")
        peer = reviews.create_review(
            other.uuid, kind="peer-review", start_date=date(2026, 5, 4),
            end_date=date(2026, 5, 5), language="en", reviewers=["Ann Lee", "Bo Ek"],
        )
        reviews.set_score(peer.uuid, "staffing-2", 3)
        text = app.editions.edition_document(builtin_id("ips-25", "en"))
        text["edition"] = {"name": "Fixture transcription", "source": "typed for the fixture"}
        text["items"][0]["looks_for"] = "Own wording of the first item."
        edition = app.editions.save_edition(text).edition
        app.editions.set_default_edition("ips-25", "en", edition.id)
        app.reviews.set_edition(peer.uuid, edition.id)
        app.calculations.set_inputs(peer.uuid, "staffing-1", {"rows": [
            {"label": "AS 1", "participants": 18, "fte": 1.0},
            {"label": "AS 2", "participants": 9, "fte": 0.5}]})
        app.calculations.confirm_proposal(peer.uuid, "staffing-1")
        app.calculations.set_inputs(peer.uuid, "services-7", {"rows": [
            {"label": "AS 1", "value": 4}, {"label": "AS 2", "value": 3}]})
        app.editions.save_draft(app.editions.start_draft(edition.id).uuid, text)

        with app.reviews._sessions.begin() as s:  # raw rows the services do not write yet
            review = s.scalar(select(Review).where(Review.uuid == second))
            assert review is not None
            by_name = {r.name: r for r in review.reviewers}
            rated = {(x.reviewer_id, x.item_id) for r in review.reviewers for x in r.ratings}

            def rate(name: str, item_id: str, score: int | None, note: str) -> None:
                person = by_name[name]
                if (person.id, item_id) not in rated:  # the demo may have rated it already
                    s.add(Rating(reviewer=person, item_id=item_id, score=score, note=note))

            for item_id, (a, b) in {"staffing-1": (4, 4), "staffing-2": (3, 4),
                                    "organization-3": (2, 3), "services-6": (2, None)}.items():
                rate("Anna Andersson", item_id, a, f"Anna: {item_id}")
                rate("Bertil Berg", item_id, b, "" if b is None else f"Bertil om {item_id}")
            s.add(Action(service=review.service, review_id=review.id, item_id="organization-3",
                         what="Fast månadsmöte med Arbetsförmedlingen",
                         responsible="Enhetschef", due_date=date(2027, 1, 31),
                         status="in-progress", outcome=""))
            s.add(Action(service=review.service, review_id=None, item_id="",
                         what="Informationsmaterial i väntrummen", status="done",
                         outcome="Affischer uppsatta i alla väntrum."))
            s.add(ReviewEvent(review=review, kind="imported", reason="test fixture"))
            peer_row = s.scalar(select(Review).where(Review.uuid == peer.uuid))
            assert peer_row is not None
            s.add(Reviewer(review=peer_row, name="Cecilia Öberg", position=2))
    finally:
        app.close()
    # Stable timestamps make the fixture reproducible apart from the random UUIDs.
    conn = sqlite3.connect(db)
    try:
        stamp = FIXED_TIME.isoformat(sep=" ").replace("+00:00", "")
        for table, columns in {
            "services": ("created_at", "updated_at"),
            "reviews": ("created_at", "updated_at"),
            "item_assessments": ("updated_at",),
            "ratings": ("updated_at",),
            "review_events": ("at",),
            "actions": ("created_at", "updated_at"),
            "item_inputs": ("updated_at",),
            "scale_editions": ("created_at",),
            "edition_drafts": ("created_at", "updated_at"),
        }.items():
            conn.execute(f"UPDATE {table} SET " + ", ".join(f"{c} = ?" for c in columns),
                         (stamp,) * len(columns))
        conn.execute("UPDATE reviews SET finalised_at = ? WHERE finalised_at IS NOT NULL",
                     (stamp,))
        conn.commit()
    finally:
        conn.close()


def main() -> int:
    """Write the fixture of the current head revision unless it exists."""
    revision = head_revision()
    target = FIXTURES / f"{revision}.db"
    if target.exists() and "--force" not in sys.argv[1:]:
        print(f"{target} exists; keep it (use --force only before it was ever committed)")
        return 0
    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fixture.db"
        _fill(db)
        target.unlink(missing_ok=True)
        copy_database(db, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("VACUUM")
    finally:
        conn.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
