"""Reviews to move between a local database and a shared one (real SQLite files)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from fidelity_app.services.app import App

NEW_NAME = "Avskrift 2026"


def add_review(app: App, service: str = "IPS-teamet Norr", start: date = date(2026, 3, 2),
               *, scored: int = 3, reviewers: tuple[str, ...] = ("Anna Berg", "Omar Said"),
               every_item: bool = False) -> str:
    """A draft review with agreed scores, notes, each reviewer's ratings and an action."""
    found = app.reviews.matching_services(service)
    info = found[0] if found else app.reviews.create_service(service, "Umeå kommun")
    uuid = app.reviews.create_review(info.uuid, kind="external", start_date=start,
                                     reviewers=list(reviewers)).uuid
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    for n, item in enumerate(items if every_item else items[:scored]):
        app.reviews.set_score(uuid, item, 1 + n % 5)
        for who in reviewers:
            app.ratings.set_rating(uuid, who, item, 1 + (n + len(who)) % 5, f"Sett av {who}")
    app.evidence.add_evidence(uuid, items[0], "Tre av fyra deltagare har jobb.", "records")
    app.actions.create_action(uuid, items[0], "Boka handledning med arbetsgivare",
                              "Lena", date(2026, 6, 1))
    return uuid


def edited_edition(app: App, folder: Path) -> str:
    """A stored edition of the Swedish text with other wording; its id."""
    exported = app.editions.export_edition("ips-25", "sv", folder / "start.json")
    data = json.loads(exported.read_text("utf-8"))
    data["edition"] = {"name": NEW_NAME, "source": "Avskrift av manualen"}
    item = next(it for it in data["items"] if it["id"] == "staffing-1")
    item["title"] = "Antal deltagare per arbetsspecialist"
    path = folder / "avskrift.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return app.editions.import_file(path).edition.id


def content(app: App, review: str) -> dict[str, object]:
    """What a review holds, as it travels (the moment of reading left out)."""
    data = app.exchange.file_data(review, include_actions=True)
    data.pop("exported_at")
    return data


def copies(app: App, review: str, count: int) -> list[str]:
    """``count`` copies of a review under new ids (stored in one transaction, for speed)."""
    import uuid

    from fidelity_app.exchange.reader import parse

    data = app.exchange.file_data(review, include_actions=True)
    made = []
    with app.sessions.begin() as s:
        for _ in range(count):
            copy = json.loads(json.dumps(data))
            copy["review"]["id"] = str(uuid.uuid4())
            for action in copy.get("actions", []):
                action["id"] = str(uuid.uuid4())
            made.append(app.exchange.store_in(s, parse(copy, app.scales), "copy").review_uuid)
    return made
