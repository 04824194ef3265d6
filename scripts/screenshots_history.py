"""The README's screenshots of the service page, its comparison tab and the action dialog.

    .venv/bin/python scripts/screenshots_history.py [--out docs/images] [--lang sv]

Builds a sample database in a temporary folder (the demo service, an earlier self-assessment
and an action plan, and other services' reviews to compare with), opens the windows
offscreen at 1366 x 768 and saves PNG files.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from shot_window import ROOT, SIZE, grab, grab_over

# An earlier self-assessment, half a year before the first external review.
SELF_ASSESSMENT = {
    "staffing-1": 3, "staffing-2": 3, "staffing-3": 4,
    "organization-1": 3, "organization-2": 2, "organization-3": 2, "organization-4": 3,
    "organization-5": 3, "organization-6": 4, "organization-7": 2, "organization-8": 2,
    "services-1": 2, "services-2": 3, "services-3": 3, "services-4": 4, "services-5": 3,
    "services-6": 2, "services-7": 3, "services-8": 4, "services-9": 3, "services-10": 4,
    "services-11": 3, "services-12": 3, "services-13": 2, "services-14": 3,
}

# Other services with a final external review, for the comparison tab.
OTHERS = ("Jobbhuset", "Arbetsstöd Väst", "IPS Mitt", "Stegvis", "Arbetslinjen", "Nya Steg")

# (review index, item, what, responsible, due, status, outcome)
ACTIONS = (
    (1, "organization-3", "Boka ett fast månadsmöte med arbetsförmedlarna vid det lokala "
     "kontoret.", "Enhetschef", date(2026, 1, 31), "done",
     "Möten varannan vecka sedan januari."),
    (1, "organization-7", "Ställ frågan om arbete vid varje vårdplanering och sätt upp "
     "information om IPS i väntrummen.", "Teamledare psykiatri", date(2026, 3, 31),
     "in-progress", "Affischer uppe; frågan ställs vid ungefär hälften av vårdplaneringarna."),
    (1, "services-6", "Sikta på sex personliga arbetsgivarkontakter i veckan; gå igenom "
     "loggen på gruppmötet.", "Arbetsspecialisterna", date(2026, 6, 30), "in-progress", ""),
    (1, "services-13", "Flytta fler möten ut från kontoret.", "Arbetsspecialisterna",
     None, "dropped", "Ersatt av en tydligare åtgärd vid nästa bedömning."),
    (2, "services-13", "Minst två tredjedelar av arbetstiden ute i samhället; följ upp i "
     "kalendrarna varje månad.", "Handledare", date(2027, 4, 30), "planned", ""),
    (2, "staffing-1", "Håll antalet deltagare per heltid på högst 20 när remisserna ökar.",
     "Enhetschef", date(2027, 2, 28), "planned", ""),
)


def build_database(folder: Path):  # noqa: ANN201 - App
    """The sample database: demo reviews, the self-assessment and the action plan."""
    from fidelity_app.demo import REVIEWERS, create_demo
    from fidelity_app.services.app import open_app

    app = open_app(folder / "history.db", daily_backup=False)
    first, second = create_demo(app)
    service = app.reviews.get_review(first).summary.service_uuid
    early = app.reviews.create_review(service, kind="self-assessment",
                                      start_date=date(2025, 4, 8), language="sv",
                                      reviewers=(REVIEWERS[0],))
    for item_id, score in SELF_ASSESSMENT.items():
        app.reviews.set_score(early.uuid, item_id, score)
    app.reviews.finalise(early.uuid)
    for number, name in enumerate(OTHERS):
        other = app.reviews.create_service(name, organisation="Exempelregionen")
        review = app.reviews.create_review(other.uuid, kind="external",
                                           start_date=date(2026, 2 + number, 10), language="sv",
                                           reviewers=(REVIEWERS[1],))
        for index, (item_id, score) in enumerate(SELF_ASSESSMENT.items()):
            app.reviews.set_score(review.uuid, item_id,
                                  max(1, min(5, score + (index * (number + 2)) % 4 - 1)))
        app.reviews.finalise(review.uuid)
    reviews = {1: first, 2: second}
    for index, item_id, what, who, due, status, outcome in ACTIONS:
        action = app.actions.create_action(reviews[index], item_id, what, who, due)
        if status != "planned" or outcome:
            app.actions.update_action(action.uuid, status=status, outcome=outcome)
    return app, service, second


def main(argv: list[str] | None = None) -> int:
    """Take the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--lang", default="sv")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from fidelity_app.ui.i18n import LanguageManager

    qapp = QApplication.instance() or QApplication([])
    LanguageManager(qapp, qapp).apply(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        app, service, _second = build_database(Path(tmp))
        try:
            shoot(qapp, app, service, out, args.lang)
        finally:
            app.close()
    return 0


def shoot(qapp, app, service: str, out: Path, lang: str) -> None:  # noqa: ANN001
    """Open each window, let it lay out, grab it."""
    from fidelity_app.ui.dialogs.action_dialog import ActionDialog
    from fidelity_app.ui.history.service_page import COMPARISON_TAB, ServicePage

    def save(widget, name: str) -> None:  # noqa: ANN001
        grab(qapp, widget, out / name)

    page = ServicePage(app, service, language=lang)
    page.resize(*SIZE)
    save(page, "gui-service-page.png")
    page.tabs.setCurrentIndex(COMPARISON_TAB)
    save(page, "gui-service-comparison.png")

    actions = app.actions.list_actions(service)
    dialog = ActionDialog(app, action=actions[1], parent=page)
    grab_over(qapp, page, dialog, out / "gui-action-dialog.png")  # over the page at SIZE
    dialog.close()
    page.close()


if __name__ == "__main__":
    sys.exit(main())
