"""A realistic sample so a new user sees the program with content (``fidelity-app demo``)."""

from __future__ import annotations

from datetime import date

from fidelity_app.services.app import App

SERVICE = {
    "name": "Arbetsstöd Norr",
    "organisation": "Exempelkommun, socialpsykiatrin",
    "location": "Exempelstad",
    "contact": "Enhetschef Karin Lind, 010-123 45 67",
}
REVIEWERS = ("Anna Andersson", "Bertil Berg")

# Agreed scores a year apart: the service improved on most items it worked on.
FIRST = {
    "staffing-1": 4, "staffing-2": 3, "staffing-3": 4,
    "organization-1": 3, "organization-2": 3, "organization-3": 2, "organization-4": 4,
    "organization-5": 3, "organization-6": 4, "organization-7": 2, "organization-8": 2,
    "services-1": 2, "services-2": 4, "services-3": 3, "services-4": 4, "services-5": 4,
    "services-6": 2, "services-7": 3, "services-8": 4, "services-9": 4, "services-10": 5,
    "services-11": 3, "services-12": 3, "services-13": 2, "services-14": 3,
}
SECOND = {
    **FIRST,
    "staffing-2": 4, "organization-1": 4, "organization-2": 4, "organization-3": 3,
    "organization-5": 4, "organization-7": 3, "services-1": 3, "services-6": 3,
    "services-7": 4, "services-11": 4, "services-13": 3, "services-14": 4,
}

NOTES = {
    "staffing-1": (
        "Tre arbetsspecialister på 2,8 heltidstjänster har tillsammans 64 deltagare, "
        "alltså cirka 23 per heltid.",
        "Arbetsspecialisterna har tid för täta möten med deltagare och arbetsgivare.",
        "Håll antalet deltagare per heltid på högst 20 när de nya remisserna från "
        "psykiatrin kommer.",
    ),
    "staffing-2": (
        "Enligt tidsdagböcker går omkring 85 % av tiden till arbetsinriktat stöd; "
        "resten är samordning av boendestöd.",
        "Ledningen har redan flyttat över en del administration till en assistent.",
        "Låt boendestödet skötas av socialpsykiatrins egen personal så att "
        "arbetsspecialisterna bara arbetar med arbete.",
    ),
    "organization-3": (
        "Kontakten med Arbetsförmedlingen sker per telefon ungefär en gång i månaden; "
        "inga inbokade möten.",
        "Arbetsspecialisterna känner handläggarna vid det lokala kontoret.",
        "Boka ett fast möte med arbetsförmedlarna varje månad och håll veckovis kontakt om "
        "gemensamma deltagare.",
    ),
    "organization-7": (
        "Frågan om arbete ställs vid inskrivning men inte vid årliga uppföljningar. "
        "Inga affischer eller broschyrer om IPS i väntrummen.",
        "Personalen talar positivt om arbete och IPS.",
        "Ställ frågan om arbete vid varje vårdplanering, sätt upp information i väntrummen "
        "och redovisa andelen i arbete för personalen varje kvartal.",
    ),
    "services-6": (
        "Kontaktloggarna visar i genomsnitt tre personliga arbetsgivarkontakter per "
        "arbetsspecialist och vecka; loggen gås igenom en gång i månaden.",
        "Loggen förs noggrant och ger en bra bild av arbetet.",
        "Sikta på sex personliga arbetsgivarkontakter i veckan och gå igenom loggen på "
        "gruppmötet varje vecka.",
    ),
    "services-13": (
        "Ungefär 40 % av den schemalagda tiden tillbringas ute i samhället enligt "
        "kalendrarna.",
        "Möten med deltagare hålls ofta på kaféer och arbetsplatser.",
        "Flytta fler möten ut från kontoret; målet är minst två tredjedelar av tiden ute.",
    ),
}


# Each reviewer's own scores, given independently before the consensus meeting: the same as
# the agreed score except where listed (they agree on most items, differ by one on a few and
# by two on one). Notes are the reviewers' own, shown side by side in the comparison.
FIRST_OWN = {
    "Anna Andersson": {"staffing-2": 4, "services-6": 3},
    "Bertil Berg": {"organization-5": 2, "services-11": 4, "services-13": 4},
}
SECOND_OWN = {
    "Anna Andersson": {"staffing-3": 3, "services-1": 1},
    "Bertil Berg": {"organization-2": 3, "services-7": 5, "services-13": 2},
}
OWN_NOTES = {
    "Anna Andersson": {
        "staffing-2": "Tidsdagböckerna visar mest arbetsinriktat stöd; boendestödet verkar "
        "vara på väg bort.",
        "services-6": "Loggen visar tre kontakter i veckan, men flera var personliga besök.",
        "services-13": "Räknade tiden ute i kalendrarna; intervjuerna gav en ljusare bild.",
        "services-1": "Ingen av deltagarna jag frågade hade fått en ekonomisk kalkyl.",
        "staffing-3": "En arbetsspecialist lämnar över uppföljningen till boendestödet.",
    },
    "Bertil Berg": {
        "staffing-2": "Omkring 85 % arbetsinriktat enligt tidsdagböckerna.",
        "organization-5": "Handledaren har gruppmöten men går sällan ut med "
        "arbetsspecialisterna.",
        "services-6": "Tre personliga kontakter i veckan i snitt.",
        "services-11": "Uppföljningen anpassas efter varje deltagare, ofta på arbetsplatsen.",
        "services-13": "Arbetsspecialisterna säger att de mest träffar deltagarna ute.",
        "services-1": "Två deltagare hade fått vägledning av kommunens budgetrådgivare.",
        "services-7": "Flera långvariga relationer med arbetsgivare i handeln.",
        "organization-2": "Deltar i behandlingsteamens möten varannan vecka, inte varje vecka.",
    },
}
RATIONALES = {
    "first": {
        "staffing-2": "Boendestödet tar fortfarande en del av tiden; 3 tills det är flyttat.",
        "organization-5": "Handledaren följer sällan med ut; 3 eftersom gruppmötena håller "
        "god kvalitet.",
        "services-6": "Loggen räknar även telefonsamtal; de personliga besöken är färre än "
        "tre i veckan.",
        "services-11": "Anpassat stöd finns men planeras inte tillsammans med deltagaren.",
        "services-13": "Kalendrarna väger tyngre än intervjuerna: drygt en tredjedel av "
        "tiden ute.",
    },
    "second": {
        "services-1": "Vägledning finns via budgetrådgivaren men erbjuds inte alla; 3.",
        "services-13": "Kalendrarna visar nu drygt hälften av tiden ute.",
    },
}


def _own_ratings(app: App, review_uuid: str, agreed: dict[str, int],
                 own: dict[str, dict[str, int]]) -> None:
    for reviewer, changes in own.items():
        notes = OWN_NOTES.get(reviewer, {})
        for item_id, score in agreed.items():
            app.ratings.set_rating(review_uuid, reviewer, item_id, changes.get(item_id, score),
                                   note=notes.get(item_id, ""))


def _rationales(app: App, review_uuid: str, texts: dict[str, str]) -> None:
    for item_id, text in texts.items():
        app.reviews.set_item_text(review_uuid, item_id, "rationale", text)


# where the evidence of NOTES came from: (source, role of who was interviewed)
NOTE_SOURCES = {
    "staffing-1": ("figures", ""),
    "staffing-2": ("document", ""),
    "organization-3": ("interview", "arbetsspecialist"),
    "organization-7": ("observation", ""),
    "services-6": ("records", ""),
    "services-13": ("interview", "enhetschef"),
}
# the evidence of the other items: (source, role, text)
GENERAL_EVIDENCE = (
    ("interview", "arbetsspecialist", "Arbetsspecialisterna beskrev hur de arbetar i dag."),
    ("interview", "IPS-handledare", "Handledaren bekräftade bilden och gav exempel."),
    ("records", "", "Tio deltagares journaler stämde med det som sades i intervjuerna."),
)


def _evidence_for(item_id: str) -> tuple[tuple[str, str, str], ...]:
    if item_id in NOTES:
        return ((*NOTE_SOURCES[item_id], NOTES[item_id][0]),)
    return GENERAL_EVIDENCE


def _notes_for(item_id: str, score: int) -> tuple[str, str]:
    if item_id in NOTES:
        return NOTES[item_id][1:]
    strengths = "Arbetet följer modellen väl på den här punkten." if score >= 4 else ""
    development = (
        "" if score >= 4 else "Diskutera på gruppmötet hur arbetet kan närma sig modellen."
    )
    return strengths, development


def _fill(app: App, review_uuid: str, scores: dict[str, int]) -> None:
    scale = app.scales.get("ips-25", "sv")
    for item_id, score in scores.items():
        app.reviews.set_score(review_uuid, item_id, score)
        elements = len(scale.item(item_id).checklist)
        if elements:  # the elements in place, as many as the score says (the last ones missing)
            met = max(1, min(elements, round(score * elements / 5)))
            app.reviews.set_checklist(review_uuid, item_id, range(1, met + 1))
        for source, role, text in _evidence_for(item_id):
            app.evidence.add_evidence(review_uuid, item_id, text, source, role)
        strengths, development = _notes_for(item_id, score)
        if strengths:
            app.reviews.set_item_text(review_uuid, item_id, "strengths", strengths)
        if development:
            app.reviews.set_item_text(review_uuid, item_id, "development", development)


def create_demo(app: App) -> list[str]:
    """Add one service with two reviews a year apart; return the new review ids."""
    service = app.reviews.create_service(
        SERVICE["name"], SERVICE["organisation"], SERVICE["location"], SERVICE["contact"]
    )
    first = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2025, 10, 14),
        end_date=date(2025, 10, 15), language="sv", reviewers=REVIEWERS,
    )
    _own_ratings(app, first.uuid, FIRST, FIRST_OWN)
    _fill(app, first.uuid, FIRST)
    _rationales(app, first.uuid, RATIONALES["first"])
    app.reviews.set_summary(
        first.uuid,
        strengths="Engagerade arbetsspecialister och ett tydligt fokus på reguljärt arbete.",
        recommendations="Stärk samarbetet med Arbetsförmedlingen och arbetsgivarkontakterna.",
    )
    app.reviews.finalise(first.uuid)
    second = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 10, 13),
        end_date=date(2026, 10, 14), language="sv", reviewers=REVIEWERS,
    )
    _own_ratings(app, second.uuid, SECOND, SECOND_OWN)
    _fill(app, second.uuid, SECOND)
    _rationales(app, second.uuid, RATIONALES["second"])
    app.reviews.set_summary(
        second.uuid,
        strengths="Tydlig förbättring i samverkan med behandlingsteamen och i det uppföljande "
        "stödet.",
        recommendations="Fortsätt öka antalet arbetsgivarkontakter och tiden ute i samhället.",
    )
    return [first.uuid, second.uuid]
