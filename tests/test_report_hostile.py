"""Text the reviewers typed is printed as typed: markup-like, huge, long words, emoji, RTL."""

from __future__ import annotations

import io
from datetime import date

import pypdf
from test_report import SCORES, build, make_review, pages_of, squash, whole

from fidelity_app.reports.richtext import paragraphs
from fidelity_app.reports.styles import make_styles
from fidelity_app.services.app import App

MARKUP = '<b>&amp;</script> <para> <font color="red">x</font> &lt; & < > &#169; <br/> ]]>'
QUOTES = "\"dubbla\" 'enkla' ”svenska” »gåsögon« „tyska“ `backtick`"
EMOJI = "Bra jobbat 😀👍🏽🎉 ❤️ 👨‍👩‍👧"
ARABIC = "مرحبا بالعالم"
HEBREW = "שלום עולם"


def body_text(pages: list[str], strip: list[str]) -> str:
    """All pages joined without whitespace and without the running header and footer."""
    out = []
    for page in pages:
        text = squash(page)
        for part in sorted(strip, key=len, reverse=True):
            text = text.replace(squash(part), "")
        out.append(text)
    return "".join(out)


def test_markup_like_text_is_printed_literally(app: App) -> None:
    texts = {"evidence": MARKUP, "strengths": QUOTES, "development": f"{MARKUP}\n{QUOTES}"}
    review = make_review(app, SCORES, service=f"Verksamhet {MARKUP}", texts=texts,
                         reviewers=("Anna <b>Andersson</b>", "B & B"))
    pdf = build(app, review)
    pages = pages_of(pdf)
    text = whole(pages)
    # each note is there as typed, after its label (so not just in the service name)
    assert text.count(squash(f"UNDERLAG {MARKUP}")) == len(SCORES)
    assert text.count(squash(f"STYRKOR {QUOTES}")) == len(SCORES)
    assert text.count(squash(f"UTVECKLINGSOMRÅDEN {MARKUP}{QUOTES}")) == len(SCORES)
    assert squash(f"REKOMMENDATION {MARKUP}{QUOTES}") in text
    assert squash(f"Verksamhet {MARKUP}") in squash(pages[0])
    assert squash("Anna <b>Andersson</b>, B & B") in squash(pages[0])
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.metadata.author == "Anna <b>Andersson</b>, B & B"
    assert reader.metadata.title.endswith(f"Verksamhet {MARKUP}")


def test_a_50000_character_note_flows_across_pages_and_is_complete(app: App) -> None:
    sentences = [f"Mening {n:05d} om arbetet med deltagare och arbetsgivare." for n in range(900)]
    lines = [" ".join(sentences[i:i + 9]) for i in range(0, len(sentences), 9)]
    long_note = "\n".join(lines)[:50_000]
    one_line = " ".join(sentences)[:50_000]
    assert len(long_note) == len(one_line) == 50_000
    texts = {"evidence": long_note, "development": one_line}
    scores = {"staffing-1": 2, "staffing-2": 4}
    review = make_review(app, scores, texts=texts)
    pages = pages_of(build(app, review))
    assert len(pages) > 40
    # the header and footer interrupt the flow at page breaks; take them out, then every
    # sentence of both notes is there, in order
    chrome = ["Utkast", "Arbetsstöd Norr", "13 oktober 2026 · Utkast",
              "Återkopplingsrapport · Programtrohetsskala för IPS"]
    chrome += [f"Sida {n} av {len(pages)}" for n in range(len(pages), 1, -1)]
    text = body_text(pages, chrome)
    for note in (long_note, one_line):
        assert squash(note) in text


def test_a_300_character_word_wraps_inside_the_page(app: App) -> None:
    word = "Arbetsmarknadsintegrationsuppföljning" * 8 + "x" * 4
    word = word[:300]
    assert len(word) == 300 and " " not in word
    review = make_review(app, {"staffing-1": 3}, texts={"evidence": word, "strengths": word,
                                                        "development": word})
    pdf = build(app, review)
    assert squash(word) in whole(pages_of(pdf))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    width = float(reader.pages[0].mediabox.width)
    for page in reader.pages:
        assert float(page.mediabox.width) == width  # nothing widened a page


def test_emoji_and_right_to_left_text_are_in_the_pdf(app: App) -> None:
    texts = {"evidence": EMOJI, "strengths": f"{ARABIC} och {HEBREW}",
             "development": f"{HEBREW}\n{ARABIC}\n{EMOJI}"}
    review = make_review(app, {"staffing-1": 3, "services-10": 5}, texts=texts,
                         service=f"Verksamhet {HEBREW} 😀")
    pdf = build(app, review)
    text = whole(pages_of(pdf))
    assert squash(EMOJI) in text  # even the emoji the font cannot draw
    # right-to-left text is stored in the order drawn: see test_report_rtl.py


def test_control_characters_and_odd_whitespace_do_not_break_the_report(app: App) -> None:
    odd = "a\x00b\x07c\x1bd\r\ne\rf\tg\u00a0h\u200bi\u2028j\ufeffk\n\n\n\nslut"
    review = make_review(app, {"staffing-1": 3}, texts={"evidence": odd})
    text = whole(pages_of(build(app, review)))
    assert "abcd" in text and "slut" in text


def test_long_text_becomes_flowing_paragraphs() -> None:
    styles = make_styles()
    lines = "\n".join(f"rad {n} " + "ord " * 30 for n in range(200))
    text = f"Första stycket.\n\n{lines}\n\n\nSista stycket <b>."
    paras = paragraphs(text, styles.note, label="ETIKETT")
    assert len(paras) > 4  # the long block is cut at line ends into pieces
    assert paras[0].text.startswith("ETIKETT<br/>Första stycket.")
    assert paras[-1].text == "Sista stycket &lt;b&gt;."
    middle = paras[1:-1]
    assert all(p.style.spaceAfter == 0 for p in middle[:-1])  # pieces join without a gap
    assert all(p.style.spaceBefore == 0 for p in middle[1:])
    assert all(len(p.text) < 6000 for p in paras)
    assert paragraphs("   \n\n  ", styles.note) == []


def test_report_of_a_review_without_any_score_or_note(app: App) -> None:
    service = app.reviews.create_service("Tom verksamhet")
    review = app.reviews.create_review(service.uuid, kind="self-assessment",
                                       start_date=date(2026, 1, 1)).uuid
    pages = pages_of(build(app, review))
    text = whole(pages)
    assert squash("PRELIMINÄR POÄNGSUMMA 0 / 125") in text
    assert squash("Ingen nivå ännu") in text
    assert squash("0 av 25 kriterier har poäng") in text
    assert squash("Inget kriterium har fått 4 eller 5 poäng.") in text
    assert squash("Självskattning") in squash(pages[0])


def test_a_huge_contact_note_on_the_cover_runs_onto_the_next_page(app: App) -> None:
    review = make_review(app, {"staffing-1": 3}, notes=False)
    service = app.reviews.list_services()[0]
    contact = " ".join(f"kontakt{n:04d}" for n in range(2500))
    app.reviews.update_service(service.uuid, contact=contact)
    pages = pages_of(build(app, review))
    summary = next(i for i, page in enumerate(pages) if "Sammanfattning" in page)
    assert summary > 1 and "kontakt0000" in pages[0] and "kontakt2499" in pages[summary - 1]
    chrome = ["Utkast", "Återkopplingsrapport · Programtrohetsskala för IPS"]
    chrome += [f"Sida {n} av {len(pages)}" for n in range(summary, 1, -1)]
    assert squash(contact) in body_text(pages[:summary], chrome)
