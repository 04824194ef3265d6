"""The visit plan service: templates by kind and language, edits checked against what the
user saw, order, ticks, the activities held, the final-review lock, the purge keeping roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.services.errors import (
    EditConflictError,
    InvalidInputError,
    NotFoundError,
    ReviewLockedError,
)
from fidelity_app.services.visit_plan import PlanActivity, clean_time
from fidelity_app.services.visit_plan_template import template_for
from fidelity_app.storage.migrate import head_revision


def new_review(app: App, kind: str = "external", language: str = "sv",
               end: date | None = date(2026, 3, 11)) -> str:
    service = app.reviews.create_service("IPS Norrby")
    return app.reviews.create_review(service.uuid, kind=kind, start_date=date(2026, 3, 10),
                                     end_date=end, language=language,
                                     reviewers=["Ada", "Bo"]).uuid


def test_an_external_review_starts_from_the_full_template_in_its_language(app: App) -> None:
    plan = app.visit_plans.plan(new_review(app))
    assert [a.activity for a in plan.activities][:3] == [
        "Inledning: översikt av verksamheten och dagens program",
        "Intervju med ledningen",
        "Observation av IPS-teamets möte",
    ]
    assert len(plan.activities) == 10
    assert plan.activities[3].with_whom == "deltagare i grupp"
    assert plan.activities[-1].activity == "Muntlig återkoppling till verksamheten"
    # day 1 on the first day, day 2 on the last
    assert {a.day for a in plan.activities[:6]} == {date(2026, 3, 10)}
    assert {a.day for a in plan.activities[6:]} == {date(2026, 3, 11)}
    assert plan.documents[0].name.startswith("Ärendelista")
    assert not any(d.received for d in plan.documents)
    assert not any(a.held for a in plan.activities)


@pytest.mark.parametrize("kind", ["self-assessment", "dialogue-meeting"])
def test_self_assessments_and_dialogue_meetings_get_the_short_template(app: App,
                                                                       kind: str) -> None:
    plan = app.visit_plans.plan(new_review(app, kind=kind, language="en", end=None))
    assert [a.activity for a in plan.activities] == [
        a.activity for a in template_for(kind, "en").activities]
    assert len(plan.activities) == 3 < len(template_for("external", "en").activities)
    assert {a.day for a in plan.activities} == {date(2026, 3, 10)}  # a one-day review


def test_an_edit_is_stored_and_one_on_a_stale_row_is_refused(app: App) -> None:
    review = new_review(app)
    shown = app.visit_plans.plan(review).activities[1]
    edited = replace(shown, start="9.15", end="1030", with_whom="enhetschef", held=True)
    saved = app.visit_plans.save_activity(review, edited, expected=shown)
    assert (saved.start, saved.end) == ("09:15", "10:30")
    assert app.visit_plans.plan(review).activities[1] == saved
    # another window still shows the old row
    with pytest.raises(EditConflictError) as caught:
        app.visit_plans.save_activity(review, replace(shown, activity="Annat"), expected=shown)
    assert caught.value.stored == saved
    assert app.visit_plans.plan(review).activities[1] == saved
    # the same change again is no conflict
    assert app.visit_plans.save_activity(review, edited, expected=shown) == saved


@pytest.mark.parametrize(("start", "end", "key"), [
    ("25:00", "", "plan_bad_time"), ("nio", "", "plan_bad_time"),
    ("10:00", "09:00", "plan_ends_before_start"),
])
def test_times_that_are_not_times_are_refused(app: App, start: str, end: str, key: str) -> None:
    review = new_review(app)
    shown = app.visit_plans.plan(review).activities[0]
    with pytest.raises(InvalidInputError) as caught:
        app.visit_plans.save_activity(review, replace(shown, start=start, end=end))
    assert caught.value.message.key == key
    assert app.visit_plans.plan(review).activities[0] == shown


def test_clean_time_accepts_the_usual_forms() -> None:
    assert [clean_time(t) for t in ("9:00", "09.00", "0900", " 13.30 ", "")] == [
        "09:00", "09:00", "09:00", "13:30", ""]


@pytest.mark.parametrize("who", ["Anna Andersson", "anna@example.se", "070-123 45 67"])
def test_a_name_or_contact_detail_where_a_role_belongs_is_refused(app: App, who: str) -> None:
    review = new_review(app)
    shown = app.visit_plans.plan(review).activities[3]
    with pytest.raises(InvalidInputError) as caught:
        app.visit_plans.save_activity(review, replace(shown, with_whom=who), expected=shown)
    assert caught.value.message.key == "plan_role_not_name"
    assert app.visit_plans.plan(review).activities[3].with_whom == "deltagare i grupp"


def test_rows_are_added_moved_and_removed(app: App) -> None:
    review = new_review(app)
    plan = app.visit_plans.plan(review)
    first = plan.activities[0]
    added = app.visit_plans.add_activity(review, after=first.uuid)
    order = [a.uuid for a in app.visit_plans.plan(review).activities]
    assert order[1] == added.uuid and added.day == first.day and added.activity == ""
    moved = app.visit_plans.move(review, "activity", added.uuid, -1, expected_order=order)
    assert moved[0] == added.uuid
    with pytest.raises(EditConflictError):  # a window that still shows the old order
        app.visit_plans.move(review, "activity", added.uuid, 1, expected_order=order)
    assert [a.uuid for a in app.visit_plans.plan(review).activities] == list(moved)
    app.visit_plans.remove(review, "activity", added.uuid, expected=added)
    assert [a.uuid for a in app.visit_plans.plan(review).activities] == [
        a.uuid for a in plan.activities]
    with pytest.raises(NotFoundError):
        app.visit_plans.remove(review, "activity", added.uuid)

    doc = app.visit_plans.add_document(review, "  Organisationsschema\n för verksamheten ")
    assert app.visit_plans.plan(review).documents[-1] == doc
    assert doc.name == "Organisationsschema för verksamheten"
    app.visit_plans.move(review, "document", doc.uuid, -100)
    assert app.visit_plans.plan(review).documents[0].uuid == doc.uuid


def test_a_document_is_ticked_received_by_its_number(app: App) -> None:
    review = new_review(app)
    ticked = app.visit_plans.set_received(review, 2)
    assert ticked.received
    assert [d.received for d in app.visit_plans.plan(review).documents][:3] == [
        False, True, False]
    assert not app.visit_plans.set_received(review, 2, received=False).received
    with pytest.raises(InvalidInputError) as caught:
        app.visit_plans.set_received(review, 99)
    assert caught.value.message.key == "plan_no_such_document"


def test_the_activities_held_are_those_ticked_in_plan_order(app: App) -> None:
    review = new_review(app)
    activities = app.visit_plans.plan(review).activities
    for index in (4, 1):
        app.visit_plans.save_activity(review, replace(activities[index], held=True))
    held = app.visit_plans.held_activities(review)
    assert [a.activity for a in held] == [activities[1].activity, activities[4].activity]


def test_the_template_fills_only_an_empty_plan(app: App) -> None:
    review = new_review(app)
    plan = app.visit_plans.plan(review)
    with pytest.raises(InvalidInputError):
        app.visit_plans.start_from_template(review)
    for a in plan.activities:
        app.visit_plans.remove(review, "activity", a.uuid)
    for d in plan.documents:
        app.visit_plans.remove(review, "document", d.uuid)
    assert app.visit_plans.plan(review).is_empty
    again = app.visit_plans.start_from_template(review)
    assert [a.activity for a in again.activities] == [a.activity for a in plan.activities]


def test_a_final_review_has_a_read_only_plan_and_the_purge_keeps_its_roles(app: App) -> None:
    review = new_review(app)
    scale = app.reviews.review_scale(review)
    for item in scale.items:
        app.reviews.set_score(review, item.id, 3)
        app.evidence.add_evidence(review, item.id, "Sett på plats", "observation")
    roles = [a.with_whom for a in app.visit_plans.plan(review).activities]
    app.reviews.finalise(review)
    plan = app.visit_plans.plan(review)
    assert not plan.editable
    with pytest.raises(ReviewLockedError):
        app.visit_plans.save_activity(review, replace(plan.activities[0], activity="x"))
    with pytest.raises(ReviewLockedError):
        app.visit_plans.set_received(review, 1)
    removal = app.privacy.remove_personal_notes(review)
    assert removal.evidence_entries == len(scale.items)
    after = app.visit_plans.plan(review)
    assert [a.with_whom for a in after.activities] == roles
    # the activities keep their days, times, roles and ticks; their texts and the documents
    # asked for (which may name a person) go
    assert list(after.activities) == [replace(a, activity="") for a in plan.activities]
    assert plan.documents and after.documents == ()
    assert removal.plan_texts == len(plan.documents) + sum(1 for a in plan.activities
                                                           if a.activity)


def test_a_duplicate_starts_a_fresh_plan(app: App) -> None:
    review = new_review(app)
    first = app.visit_plans.plan(review).activities[0]
    app.visit_plans.save_activity(review, replace(first, held=True, activity="Annat"))
    copy = app.reviews.duplicate_review(review, start_date=date(2026, 9, 1))
    plan = app.visit_plans.plan(copy.uuid)
    assert plan.activities[0].activity != "Annat" and not plan.activities[0].held
    assert plan.activities[0].day == date(2026, 9, 1)


def test_a_new_activity_with_values_is_cleaned(app: App) -> None:
    review = new_review(app)
    added = app.visit_plans.add_activity(review, PlanActivity(
        uuid="ignored", day=date(2026, 3, 11), start="8.00", activity="Studiebesök",
        with_whom="arbetsspecialist"))
    assert added.uuid != "ignored" and added.start == "08:00"
    assert app.visit_plans.plan(review).activities[-1] == added


def test_a_database_of_schema_0008_gets_empty_plans_that_start_from_the_template(
    tmp_path, catalogue
) -> None:
    import shutil
    import sqlite3
    from pathlib import Path

    from fidelity_app.services.app import open_app

    db = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parent / "data" / "migrations" / "0008.db", db)
    upgraded = open_app(db, catalogue)
    try:
        reviews = upgraded.reviews.list_reviews()
        assert all(upgraded.visit_plans.plan(r.uuid).is_empty for r in reviews)
        draft = next(r for r in reviews if r.status == "draft")
        plan = upgraded.visit_plans.start_from_template(draft.uuid)
        assert plan.activities[0].day == draft.start_date
        assert len(plan.activities) == len(template_for(draft.kind, draft.language).activities)
    finally:
        upgraded.close()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),)
        assert conn.execute("SELECT count(*) FROM visit_activities").fetchone()[0] == len(
            plan.activities)
    finally:
        conn.close()
