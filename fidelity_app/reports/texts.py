"""The report's own words (headings, labels) in Swedish and English.

The scale's texts (item titles, criteria, bands) come from the scale file in the same
language; only the report's frame is here. Swedish follows the terms Swedish IPS services
use (programtrohet, bedömare, verksamhet, Styrkor, Utvecklingsområden, Rekommendationer,
Poängsumma).
"""

from __future__ import annotations

import datetime

LANGUAGES = ("sv", "en")

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "report_kind": "Återkopplingsrapport",
        "report_subtitle": "IPS-programtrohetsbedömning",
        "title": "Återkopplingsrapport: {service}",
        "subject": "{scale}, bedömning {date}",
        "draft": "Utkast",
        "draft_note": "Utkast: bedömningen är inte slutförd och kan ändras.",
        "final": "Slutförd",
        "service": "Verksamhet",
        "organisation": "Organisation",
        "location": "Ort",
        "contact": "Kontaktperson",
        "kind": "Typ av bedömning",
        "dates": "Datum",
        "reviewers": "Bedömare",
        "scale": "Skala",
        "scale_version": "{name}, version {version}",
        "status": "Status",
        "review_id": "Bedömningens id",
        "generated": "Rapporten skapad {date} med fidelity-app {version}",
        "page": "Sida {page} av {pages}",
        "summary": "Sammanfattning",
        "total": "Poängsumma",
        "total_of": "{total} av {max}",
        "partial_total": "Preliminär poängsumma",
        "partial_note": (
            "Poängsumman är ofullständig: {scored} av {items} kriterier har poäng. "
            "Ingen nivå av programtrohet anges förrän alla kriterier har bedömts."
        ),
        "band": "Nivå",
        "no_band": "Ingen nivå ännu",
        "bands": "Nivåer av programtrohet",
        "points": "{min}–{max} poäng",
        "section": "Avsnitt",
        "items": "Kriterier",
        "scored": "Bedömda",
        "subtotal": "Poäng",
        "max": "Max",
        "average": "Medel",
        "profile": "Poängprofil",
        "profile_note": "Poäng per kriterium (1–5), grupperade efter avsnitt. "
        "Den ljusa stapeln visar högsta möjliga poäng.",
        "main_strengths": "Främsta styrkor",
        "main_development": "Viktigaste utvecklingsområden",
        "overall_strengths": "Bedömarnas sammanfattning av styrkorna",
        "overall_recommendations": "Rekommendationer",
        "none_scored_high": "Inget kriterium har fått 4 eller 5 poäng.",
        "none_scored_low": "Inget kriterium har fått 3 poäng eller lägre.",
        "strengths": "Styrkor",
        "strengths_intro": "Kriterierna med högst poäng, först 5 och sedan 4, med vad "
        "bedömarna såg.",
        "development": "Utvecklingsområden",
        "development_intro": "Kriterierna med 3 poäng eller lägre, lägst först: vad en högre "
        "poäng kräver, vad bedömarna såg och deras rekommendation.",
        "item_by_item": "Kriterium för kriterium",
        "item_by_item_intro": "Poäng och uppfyllt kriterium för vart och ett av skalans "
        "{items} kriterier, med bedömarnas anteckningar där det finns några.",
        "score": "Poäng",
        "score_of": "{score} av 5",
        "not_scored": "Inte bedömd",
        "criterion_met": "Uppfyllt kriterium",
        "elements_met": "Moment på plats: {count} av {total}",
        "next_level": "För {score} poäng krävs",
        "observations": "Bedömarnas iakttagelser",
        "recommendation": "Rekommendation",
        "plan_kind": "Besöksplan",
        "plan_title": "Besöksplan: {service}",
        "plan_subject": "Program och underlag inför bedömningen {date}",
        "plan_intro": (
            "Här är programmet för bedömningen och de underlag vi ber er ta fram i förväg. "
            "Hör av er om en tid inte passar, så hittar vi en annan."
        ),
        "plan_schedule": "Program",
        "plan_day": "Dag",
        "plan_time": "Tid",
        "plan_activity": "Aktivitet",
        "plan_with_whom": "Med vem",
        "plan_no_activities": "Inga aktiviteter är planerade ännu.",
        "plan_documents": "Underlag vi ber er ta fram",
        "plan_documents_intro": (
            "Skicka gärna underlagen före besöket. Journaler och annat som innehåller "
            "personuppgifter skickar ni inte: dem läser vi tillsammans med er på plats."
        ),
        "plan_received": "Mottaget",
        "plan_no_documents": "Inga underlag är begärda.",
        "plan_roles_note": "Programmet anger roller, inte namn: ni väljer själva vilka som deltar.",
        "what_seen": "Vad bedömarna såg",
        "evidence": "Underlag",
        "item_strengths": "Styrkor",
        "item_development": "Utvecklingsområden",
        "rationale": "Motivering",
        "comparison": "Jämförelse med föregående bedömning",
        "comparison_intro": "Föregående slutförda bedömning av verksamheten gjordes {date}.",
        "then": "Då ({date})",
        "now": "Nu ({date})",
        "change": "Förändring",
        "moved_up": "Kriterier med högre poäng",
        "moved_down": "Kriterier med lägre poäng",
        "unchanged_count": "{count} kriterier har samma poäng som förra gången.",
        "none_moved": "Inget kriterium har ändrat poäng.",
        "item": "Kriterium",
        "attribution": "Om skalan",
        "scale_text": "Skaltext",
        "scale_text_missing": "{name} (finns inte i den här databasen; rapporten visar "
        "den inbyggda texten)",
        "figures": "Underlag för poängen",
        "method": "Metod",
        "method_activities": "Besöket omfattade: {activities}.",
        "method_sources": "Underlaget bygger på {sources}.",
        "method_untagged": "Underlag som skrevs innan källorna började anges står utan källa.",
        "method_none": "Inget underlag är antecknat ännu.",
        "and": "och",
        "calc_ratio": "{part} {part_label} / {whole} {whole_label} = {figure}",
        "calc_share": "{part} {part_label} / {whole} {whole_label} = {figure} %",
        "calc_too_few": "färre än {minimum} {whole_label} ger 1 poäng",
        "calc_caseload_row": "{label}: {participants} {part_label}, {fte} {whole_label}",
        "calc_worker_row": "{label}: {value} ({score} p.)",
        "calc_rating_row": "{label}: {value}",
        "calc_average": "Medelpoäng {average} ger {score} poäng",
        "calc_half": " (mitt emellan ger den lägre poängen)",
        "calc_proposed": "Förslag utifrån siffrorna: {score} poäng.",
        "calc_confirmed": "Bedömarna har godkänt förslaget.",
        "calc_override": "Avvikelse: bedömarna har satt {score} poäng i stället för "
        "förslaget {proposed}.",
        "calc_pending": "Bedömarna har ännu inte tagit ställning till förslaget.",
        "agreement": "Samstämmighet mellan bedömarna",
        "agreement_note": "Bedömarnas egna poäng innan de enades ({reviewers}), över de "
        "{items} kriterier som alla bedömt.",
        "agreement_exact": "Exakt samma poäng",
        "agreement_within": "Högst en poäng isär",
        "agreement_kappa": "Viktad kappa (kvadratisk)",
        "agreement_share": "{percent} ({count} av {items} kriterier)",
        "percent": "{value} %",
        "kappa_undefined": "Inte definierad: {reason}.",
        "kappa_not_given": "Anges inte: {reason}.",
        "kappa_too_few": "det behövs minst två kriterier som båda bedömarna har bedömt",
        "kappa_no_variation": "båda bedömarna gav alla kriterier samma poäng",
        "kappa_constant": "en bedömare gav alla kriterier samma poäng, så samstämmighet "
        "utöver slumpen kan inte skattas",
        "kappa_not_two": "kappa beräknas för exakt två bedömare",
        "partial_now": "preliminär",
        "action_plan": "Åtgärdsplan",
        "action_plan_intro": "Vad verksamheten ska göra åt utvecklingsområdena, vem som "
        "ansvarar och när det ska vara klart.",
        "actions_this_review": "Åtgärder från denna bedömning",
        "actions_earlier": "Pågående åtgärder från tidigare bedömningar",
        "action_what": "Åtgärd",
        "action_responsible": "Ansvarig",
        "action_due": "Klart senast",
        "action_status": "Status",
        "action_outcome": "Resultat",
        "action_raised": "från bedömningen {date}",
        "overdue": "försenad",
        "trend": "Utveckling över tid",
        "trend_intro": "Poängsumman och avsnittens poäng vid verksamhetens slutförda "
        "bedömningar fram till och med denna. Bakgrunden visar nivåerna av programtrohet.",
        "trend_partial": "En ofylld punkt med * betyder att några kriterier saknade poäng.",
        "date": "Datum",
        "comments_appendix": "Bilaga: verksamhetens kommentarer vid faktagranskningen",
        "comments_appendix_intro": "Verksamheten fick ett utkast till rapporten för att "
        "granska att fakta stämmer. Här återges verksamhetens kommentarer som de skickades, "
        "kriterium för kriterium. Bedömarnas ställningstagande framgår av rapporten ovan.",
        "comment_from": "Från {sender}, {date}",
        "factual_pdf_name": "Utkast för faktagranskning – {service} {date}",
        "factual_sheet_name": "Faktagranskning – {service} {date}",
    },
    "en": {
        "report_kind": "Feedback report",
        "report_subtitle": "Fidelity review",
        "title": "Feedback report: {service}",
        "subject": "{scale}, review of {date}",
        "draft": "Draft",
        "draft_note": "Draft: the review is not final and may change.",
        "final": "Final",
        "service": "Service",
        "organisation": "Organisation",
        "location": "Location",
        "contact": "Contact",
        "kind": "Kind of review",
        "dates": "Dates",
        "reviewers": "Reviewers",
        "scale": "Scale",
        "scale_version": "{name}, version {version}",
        "status": "Status",
        "review_id": "Review id",
        "generated": "Report written {date} with fidelity-app {version}",
        "page": "Page {page} of {pages}",
        "summary": "Summary",
        "total": "Total score",
        "total_of": "{total} of {max}",
        "partial_total": "Partial total",
        "partial_note": (
            "The total is partial: {scored} of {items} items are scored. No fidelity band "
            "is given until every item has been scored."
        ),
        "band": "Band",
        "no_band": "No band yet",
        "bands": "Fidelity bands",
        "points": "{min}–{max} points",
        "section": "Section",
        "items": "Items",
        "scored": "Scored",
        "subtotal": "Score",
        "max": "Max",
        "average": "Mean",
        "profile": "Score profile",
        "profile_note": "Score of each item (1–5), grouped by section. The pale bar shows "
        "the highest possible score.",
        "main_strengths": "Main strengths",
        "main_development": "Main areas for development",
        "overall_strengths": "The reviewers' summary of strengths",
        "overall_recommendations": "Recommendations",
        "none_scored_high": "No item scored 4 or 5.",
        "none_scored_low": "No item scored 3 or lower.",
        "strengths": "Strengths",
        "strengths_intro": "The items scored highest, 5 and then 4, with what the reviewers "
        "saw.",
        "development": "Areas for development",
        "development_intro": "The items scored 3 or lower, lowest first: what a higher score "
        "requires, what the reviewers saw and their recommendation.",
        "item_by_item": "Item by item",
        "item_by_item_intro": "Score and criterion met for each of the scale's {items} "
        "items, with the reviewers' notes where there are any.",
        "score": "Score",
        "score_of": "{score} of 5",
        "not_scored": "Not scored",
        "criterion_met": "Criterion met",
        "elements_met": "Elements in place: {count} of {total}",
        "next_level": "A score of {score} requires",
        "observations": "What the reviewers observed",
        "recommendation": "Recommendation",
        "plan_kind": "Visit plan",
        "plan_title": "Visit plan: {service}",
        "plan_subject": "Programme and documents for the review {date}",
        "plan_intro": (
            "This is the programme of the review and the documents we ask you to prepare "
            "beforehand. If a time does not suit you, let us know and we will find another."
        ),
        "plan_schedule": "Programme",
        "plan_day": "Day",
        "plan_time": "Time",
        "plan_activity": "Activity",
        "plan_with_whom": "With",
        "plan_no_activities": "No activities are planned yet.",
        "plan_documents": "Documents we ask you to prepare",
        "plan_documents_intro": (
            "Please send the documents before the visit if you can. Do not send records or "
            "anything else holding personal data: we read those with you on site."
        ),
        "plan_received": "Received",
        "plan_no_documents": "No documents are asked for.",
        "plan_roles_note": "The programme names roles, not people: you choose who takes part.",
        "what_seen": "What the reviewers saw",
        "evidence": "Evidence",
        "item_strengths": "Strengths",
        "item_development": "Areas for development",
        "rationale": "Rationale",
        "comparison": "Comparison with the previous review",
        "comparison_intro": "The previous final review of the service was on {date}.",
        "then": "Then ({date})",
        "now": "Now ({date})",
        "change": "Change",
        "moved_up": "Items with a higher score",
        "moved_down": "Items with a lower score",
        "unchanged_count": "{count} items have the same score as last time.",
        "none_moved": "No item changed its score.",
        "item": "Item",
        "attribution": "About the scale",
        "scale_text": "Scale text",
        "scale_text_missing": "{name} (not in this database; the report shows the built-in "
        "text)",
        "figures": "Figures behind the score",
        "method": "Method",
        "method_activities": "The visit consisted of: {activities}.",
        "method_sources": "The evidence comes from {sources}.",
        "method_untagged": "Evidence written before sources were recorded has no source.",
        "method_none": "No evidence has been written down yet.",
        "and": "and",
        "calc_ratio": "{part} {part_label} / {whole} {whole_label} = {figure}",
        "calc_share": "{part} {part_label} / {whole} {whole_label} = {figure}%",
        "calc_too_few": "fewer than {minimum} {whole_label} gives score 1",
        "calc_caseload_row": "{label}: {participants} {part_label}, {fte} {whole_label}",
        "calc_worker_row": "{label}: {value} (score {score})",
        "calc_rating_row": "{label}: {value}",
        "calc_average": "Average score {average} gives {score}",
        "calc_half": " (exactly halfway gives the lower point)",
        "calc_proposed": "Proposed from the figures: score {score}.",
        "calc_confirmed": "The reviewers confirmed the proposal.",
        "calc_override": "Departure: the reviewers set score {score} instead of the proposed "
        "{proposed}.",
        "calc_pending": "The reviewers have not yet decided on the proposal.",
        "agreement": "Agreement between the reviewers",
        "agreement_note": "The reviewers' own scores before they agreed ({reviewers}), over "
        "the {items} items every one of them scored.",
        "agreement_exact": "Exactly the same score",
        "agreement_within": "At most one point apart",
        "agreement_kappa": "Weighted kappa (quadratic)",
        "agreement_share": "{percent} ({count} of {items} items)",
        "percent": "{value}%",
        "kappa_undefined": "Undefined: {reason}.",
        "kappa_not_given": "Not given: {reason}.",
        "kappa_too_few": "it needs at least two items scored by both reviewers",
        "kappa_no_variation": "both reviewers gave every item the same score",
        "kappa_constant": "a reviewer gave every item the same score, so agreement beyond "
        "chance cannot be estimated",
        "kappa_not_two": "kappa is worked out for exactly two reviewers",
        "partial_now": "partial",
        "action_plan": "Action plan",
        "action_plan_intro": "What the service will do about the areas for development, who "
        "is responsible and by when.",
        "actions_this_review": "Actions from this review",
        "actions_earlier": "Open actions from earlier reviews",
        "action_what": "Action",
        "action_responsible": "Responsible",
        "action_due": "Due",
        "action_status": "Status",
        "action_outcome": "Outcome",
        "action_raised": "raised in the review of {date}",
        "overdue": "overdue",
        "trend": "Development over time",
        "trend_intro": "The total and the section scores of the service's final reviews up to "
        "and including this one. The background shows the fidelity bands.",
        "trend_partial": "A hollow point with * means that not every item was scored.",
        "date": "Date",
        "comments_appendix": "Appendix: the service's comments from the factual check",
        "comments_appendix_intro": "The service received a draft of this report to check "
        "its facts. Its comments are given here as they were sent, item by item. What the "
        "reviewers decided is in the report above.",
        "comment_from": "From {sender}, {date}",
        "factual_pdf_name": "Draft for factual check – {service} {date}",
        "factual_sheet_name": "Factual check – {service} {date}",
    },
}

KINDS: dict[str, dict[str, str]] = {
    "sv": {
        "external": "Extern bedömning",
        "self-assessment": "Självskattning",
        "peer-review": "Kollegial granskning",
        "dialogue-meeting": "Dialogmöte",
    },
    "en": {
        "external": "External review",
        "self-assessment": "Self-assessment",
        "peer-review": "Peer review",
        "dialogue-meeting": "Dialogue meeting",
    },
}

ACTION_STATUSES: dict[str, dict[str, str]] = {
    "sv": {"planned": "Planerad", "in-progress": "Pågår", "done": "Genomförd",
           "dropped": "Avbruten"},
    "en": {"planned": "Planned", "in-progress": "In progress", "done": "Done",
           "dropped": "Dropped"},
}

SOURCES: dict[str, dict[str, tuple[str, str]]] = {
    # (before an entry, in the method sentence)
    "sv": {"interview": ("Intervju", "intervjuer"), "observation": ("Observation", "observation"),
           "records": ("Journalgranskning", "journalgranskning"),
           "figures": ("Statistik", "statistik"), "document": ("Dokument", "dokument"),
           "untagged": ("Utan källa", "")},
    "en": {"interview": ("Interview", "interviews"), "observation": ("Observation", "observation"),
           "records": ("Record review", "record review"),
           "figures": ("Figures", "figures and statistics"),
           "document": ("Document", "documents"), "untagged": ("No source", "")},
}

MONTHS: dict[str, tuple[str, ...]] = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


class Texts:
    """The report's words in one language (English for a language it does not have)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in TEXTS else "en"
        self._texts = TEXTS[self.language]

    def __call__(self, key: str, **values: object) -> str:
        """The text for ``key`` with ``values`` filled in."""
        text = self._texts[key]
        return text.format(**values) if values else text

    def kind(self, kind: str) -> str:
        """The name of a kind of review."""
        return KINDS[self.language].get(kind, kind)

    def action_status(self, status: str) -> str:
        """The name of an action's status."""
        return ACTION_STATUSES[self.language].get(status, status)

    def source(self, source: str, *, in_sentence: bool = False) -> str:
        """The name of a kind of evidence source: before an entry ("Intervju"), or in the
        method's sentence ("intervjuer")."""
        names = SOURCES[self.language].get(source, (source, source))
        return names[1] if in_sentence else names[0]

    def date(self, day: datetime.date) -> str:
        """A date as words: '14 oktober 2026' / '14 October 2026'."""
        return f"{day.day} {MONTHS[self.language][day.month - 1]} {day.year}"

    def date_range(self, start: datetime.date, end: datetime.date | None) -> str:
        """A review's dates: one day, or a span with the shared month and year said once."""
        if end is None or end == start:
            return self.date(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{self.date(end)}"
        if start.year == end.year:
            return f"{start.day} {MONTHS[self.language][start.month - 1]} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"
