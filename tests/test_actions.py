"""Action plans: creating, changing and closing actions, and carrying them into the next review."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date
from pathlib import Path

import pytest

from fidelity_app.demo import create_demo
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError, NotFoundError


def make_review(app: App, service_uuid: str, day: date, scores: dict[str, int]) -> str:
    r = app.reviews.create_review(service_uuid, kind="external", start_date=day, language="sv",
                                  reviewers=["Anna Andersson"])
    for item_id, score in scores.items():
        app.reviews.set_score(r.uuid, item_id, score)
    return r.uuid


@pytest.fixture
def service(app: App) -> str:
    return app.reviews.create_service("Arbetsstöd Norr", "Exempelkommun").uuid


def stored(db_path: Path, action_uuid: str) -> tuple:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT what, responsible, due_date, status, outcome FROM actions WHERE uuid = ?",
            (action_uuid,),
        ).fetchone()
    finally:
        conn.close()


def test_create_an_action_from_an_item_of_a_review(app: App, service: str, db_path: Path) -> None:
    r = make_review(app, service, date(2025, 10, 14), {"services-6": 2})
    action = app.actions.create_action(
        r, "services-6", "  Boka sex arbetsgivarbesök i veckan  ", " Karin Lind ",
        date(2026, 3, 31),
    )
    assert action.what == "Boka sex arbetsgivarbesök i veckan"
    assert action.responsible == "Karin Lind"
    assert action.due_date == date(2026, 3, 31)
    assert action.status == "planned" and action.is_open and action.outcome == ""
    assert action.review_uuid == r and action.review_date == date(2025, 10, 14)
    assert action.review_kind == "external"
    assert action.service_uuid == service and action.service_name == "Arbetsstöd Norr"
    assert action.item_id == "services-6" and action.item_number == 6
    assert action.section_title == "Tjänster"
    assert action.item_title.startswith("Utveckla arbeten")
    assert action.created_at.tzinfo is UTC
    assert stored(db_path, action.uuid) == (
        "Boka sex arbetsgivarbesök i veckan", "Karin Lind", "2026-03-31", "planned", ""
    )
    assert app.actions.get_action(action.uuid) == action
    assert app.actions.list_actions(service) == [action]


def test_actions_can_be_added_to_a_final_review(app: App) -> None:
    first, _ = create_demo(app)
    assert app.reviews.get_review(first).summary.is_final
    action = app.actions.create_action(first, "organization-3", "Fast månadsmöte med AF")
    assert action.review_uuid == first and action.responsible == "" and action.due_date is None


@pytest.mark.parametrize("what", ["", "   ", "\n\t"])
def test_an_action_needs_a_description(app: App, service: str, what: str) -> None:
    r = make_review(app, service, date(2025, 1, 1), {})
    with pytest.raises(InvalidInputError, match="what will be done"):
        app.actions.create_action(r, "staffing-1", what)
    assert app.actions.list_actions(service) == []


def test_create_rejects_unknown_review_item_and_bad_fields(app: App, service: str) -> None:
    r = make_review(app, service, date(2025, 1, 1), {})
    with pytest.raises(NotFoundError, match="no review"):
        app.actions.create_action("no-such-review", "staffing-1", "Något")
    with pytest.raises(NotFoundError, match="no item 'staffing-9'"):
        app.actions.create_action(r, "staffing-9", "Något")
    with pytest.raises(InvalidInputError, match="responsible"):
        app.actions.create_action(r, "staffing-1", "Något", "x" * 201)
    with pytest.raises(InvalidInputError, match="due date"):
        app.actions.create_action(r, "staffing-1", "Något", due_date="2026-01-01")  # type: ignore[arg-type]
    assert app.actions.list_actions(service) == []
    with pytest.raises(NotFoundError, match="no service"):
        app.actions.list_actions("no-such-service")


def test_lifecycle_planned_in_progress_done_reopened(
    app: App, service: str, db_path: Path
) -> None:
    r = make_review(app, service, date(2025, 1, 1), {})
    a = app.actions.create_action(r, "staffing-2", "Flytta boendestödet", "Enhetschef")

    a = app.actions.update_action(a.uuid, status="in-progress", due_date=date(2025, 6, 30))
    assert a.status == "in-progress" and a.is_open and a.due_date == date(2025, 6, 30)
    assert a.is_overdue(date(2025, 7, 1)) and not a.is_overdue(date(2025, 6, 30))

    a = app.actions.update_action(a.uuid, status="done", outcome="Klart i maj.")
    assert a.status == "done" and not a.is_open and a.outcome == "Klart i maj."
    assert not a.is_overdue(date(2030, 1, 1))

    # A closed action keeps its plan ...
    for change in ({"what": "Något annat"}, {"responsible": "Någon"},
                   {"due_date": date(2026, 1, 1)}, {"clear_due_date": True}):
        with pytest.raises(InvalidInputError, match="reopen"):
            app.actions.update_action(a.uuid, **change)
    assert stored(db_path, a.uuid) == (
        "Flytta boendestödet", "Enhetschef", "2025-06-30", "done", "Klart i maj."
    )
    # ... but sending the unchanged values (as a dialog does) is fine,
    same = app.actions.update_action(a.uuid, what="Flytta boendestödet", responsible="Enhetschef",
                                     due_date=date(2025, 6, 30), status="done")
    assert same.status == "done"
    # the outcome can be written at any time,
    a = app.actions.update_action(a.uuid, outcome="Klart i maj; följs upp i höst.")
    assert a.outcome == "Klart i maj; följs upp i höst."
    # done can become dropped,
    a = app.actions.update_action(a.uuid, status="dropped")
    assert a.status == "dropped" and not a.is_open
    # and reopening allows changing the plan in the same step.
    a = app.actions.update_action(a.uuid, status="planned", what="Flytta boendestödet i två steg",
                                  clear_due_date=True)
    assert (a.status, a.what, a.due_date) == ("planned", "Flytta boendestödet i två steg", None)
    assert a.is_open
    a = app.actions.update_action(a.uuid, responsible="", outcome="")
    assert a.responsible == "" and a.outcome == ""


def test_update_rejects_unknown_status_and_empty_what(
    app: App, service: str, db_path: Path
) -> None:
    r = make_review(app, service, date(2025, 1, 1), {})
    a = app.actions.create_action(r, "staffing-1", "Färre deltagare per heltid")
    before = stored(db_path, a.uuid)
    with pytest.raises(InvalidInputError, match="Unknown action status 'finished'"):
        app.actions.update_action(a.uuid, status="finished", outcome="ändrat")
    with pytest.raises(InvalidInputError, match="what will be done"):
        app.actions.update_action(a.uuid, what="  ")
    with pytest.raises(InvalidInputError, match="outcome must be text"):
        app.actions.update_action(a.uuid, outcome=5)  # type: ignore[arg-type]
    assert stored(db_path, a.uuid) == before
    with pytest.raises(NotFoundError, match="no action"):
        app.actions.update_action("no-such-action", status="done")


def test_delete_an_action(app: App, service: str) -> None:
    r = make_review(app, service, date(2025, 1, 1), {})
    keep = app.actions.create_action(r, "staffing-1", "Behåll")
    gone = app.actions.create_action(r, "staffing-2", "Ta bort")
    app.actions.delete_action(gone.uuid)
    assert [a.uuid for a in app.actions.list_actions(service)] == [keep.uuid]
    with pytest.raises(NotFoundError):
        app.actions.get_action(gone.uuid)
    with pytest.raises(NotFoundError):
        app.actions.delete_action(gone.uuid)


def test_lists_are_in_plan_order_and_filter(app: App, service: str) -> None:
    late = make_review(app, service, date(2026, 1, 1), {})
    early = make_review(app, service, date(2025, 1, 1), {})
    a1 = app.actions.create_action(late, "staffing-1", "Senare, personal 1")
    a2 = app.actions.create_action(early, "services-10", "Tidigare, tjänster 10")
    a3 = app.actions.create_action(early, "services-2", "Tidigare, tjänster 2")
    a4 = app.actions.create_action(early, "staffing-3", "Tidigare, personal 3")
    app.actions.update_action(a4.uuid, status="done")
    other = app.reviews.create_service("Annan tjänst")
    o = app.actions.create_action(make_review(app, other.uuid, date(2025, 5, 1), {}),
                                  "staffing-1", "Annan tjänsts åtgärd")

    assert [a.uuid for a in app.actions.list_actions(service)] == [
        a4.uuid, a3.uuid, a2.uuid, a1.uuid
    ]
    assert [a.uuid for a in app.actions.list_actions(service, open_only=True)] == [
        a3.uuid, a2.uuid, a1.uuid
    ]
    assert [a.uuid for a in app.actions.list_actions(service, item_id="staffing-1")] == [a1.uuid]
    assert [a.uuid for a in app.actions.list_actions(service, review_uuid=early)] == [
        a4.uuid, a3.uuid, a2.uuid
    ]
    assert [a.uuid for a in app.actions.list_open_actions(service)] == [
        a3.uuid, a2.uuid, a1.uuid
    ]
    everything = app.actions.list_open_actions()
    assert [a.uuid for a in everything] == [o.uuid, a3.uuid, a2.uuid, a1.uuid]  # Annan < Arbets
    assert all(a.is_open for a in everything)


def test_an_open_action_is_carried_into_the_next_reviews(app: App, service: str) -> None:
    r1 = make_review(app, service, date(2024, 10, 1), {"services-6": 2, "services-13": 2})
    raised = app.actions.create_action(r1, "services-6", "Fler arbetsgivarkontakter",
                                       "Arbetsspecialisterna", date(2025, 6, 1))
    done = app.actions.create_action(r1, "services-13", "Mer tid ute i samhället")
    app.actions.update_action(done.uuid, status="done", outcome="Två tredjedelar ute")
    r2 = make_review(app, service, date(2025, 10, 1), {"services-6": 3})
    in_r2 = app.actions.create_action(r2, "services-6", "Logga kontakterna varje vecka")
    r3 = make_review(app, service, date(2026, 10, 1), {})

    follow = app.history.follow_up(r2)
    assert follow.previous is not None and follow.previous.uuid == r1
    item = follow.item("services-6")
    assert item.previous_score == 2
    assert [a.uuid for a in item.open_actions] == [raised.uuid]  # not the one raised in r2
    assert item.open_actions[0].what == "Fler arbetsgivarkontakter"
    assert item.open_actions[0].review_date == date(2024, 10, 1)
    assert follow.item("services-13").previous_score == 2
    assert follow.item("services-13").open_actions == ()  # done: closed
    assert [a.uuid for a in follow.open_actions] == [raised.uuid]

    third = app.history.follow_up(r3)
    assert third.previous.uuid == r2
    assert third.item("services-6").previous_score == 3
    assert [a.uuid for a in third.item("services-6").open_actions] == [raised.uuid, in_r2.uuid]
    # The first review does not see actions raised later.
    assert app.history.follow_up(r1).open_actions == ()

    # Closing the action removes it from the next review's view; reopening brings it back.
    app.actions.update_action(raised.uuid, status="dropped", outcome="Ersatt av loggen")
    assert app.history.follow_up(r2).item("services-6").open_actions == ()
    app.actions.update_action(raised.uuid, status="in-progress")
    shown = app.history.follow_up(r2).item("services-6").open_actions
    assert [(a.uuid, a.status, a.outcome) for a in shown] == [
        (raised.uuid, "in-progress", "Ersatt av loggen")
    ]


def test_actions_outlive_a_deleted_draft_review(app: App, service: str) -> None:
    r1 = make_review(app, service, date(2024, 1, 1), {})
    action = app.actions.create_action(r1, "staffing-1", "Något som ska göras")
    r2 = make_review(app, service, date(2025, 1, 1), {})
    app.reviews.delete_review(r1)
    kept = app.actions.get_action(action.uuid)
    assert kept.review_uuid is None and kept.review_date is None and kept.item_title == ""
    assert kept.is_open
    assert [a.uuid for a in app.history.follow_up(r2).item("staffing-1").open_actions] == [
        action.uuid
    ]
