"""Text the reviewers typed, turned into paragraphs: never read as markup, free to flow.

Right-to-left text (Hebrew, Arabic) is put in the order it is drawn with the Unicode
bidirectional algorithm (``python-bidi``), Arabic letters in their joined forms
(``arabic-reshaper``): reportlab draws every line left to right. A line holding such text is
wrapped here, before the reordering, so that its lines follow each other in reading order.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_base_level, get_display
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph

from fidelity_app.reports.fonts import keep_unknown_characters
from fidelity_app.reports.styles import CONTENT_WIDTH

# Blocks of more lines than this become several paragraphs, so that each stays cheap to
# lay out; they are joined without extra space, so the page looks the same.
MAX_BLOCK_CHARS = 4000
_BLANK_LINE = re.compile(r"\n(?:[ \t\u00a0]*\n)+")


def clean(text: str) -> str:
    """``text`` with line ends unified, tabs as spaces and invisible control codes removed."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return keep_unknown_characters(text)


# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# reportlab must not wrap a line wrapped here once more: leave it some room
_WRAP_SLACK = 0.95


def visual(line: str) -> str:
    """One line in the order it is drawn, left to right (unchanged without right-to-left
    characters): its direction is that of its first letter, as in a text editor."""
    if not _RTL.search(line):
        return line
    return keep_unknown_characters(get_display(arabic_reshaper.reshape(line)))


def _visual_lines(line: str, style: ParagraphStyle, width: float) -> tuple[list[str], bool]:
    """A typed line as the lines drawn in ``width`` with ``style``, each in drawing order,
    and whether it reads right to left."""
    if not _RTL.search(line):
        return [line], False
    shaped = arabic_reshaper.reshape(line)
    rtl = get_base_level(shaped) == 1
    room = (width - style.leftIndent - style.rightIndent) * _WRAP_SLACK
    rows = simpleSplit(shaped, style.fontName, style.fontSize, room) or [""]
    base = "R" if rtl else "L"
    return [keep_unknown_characters(get_display(row, base_dir=base)) for row in rows], rtl


def inline(text: str) -> str:
    """Escaped text on one line (for titles and table cells), in drawing order."""
    return escape(visual(" ".join(clean(text).split())))


_SENTENCE_END = re.compile(r"[.!?…:;][)\"'”»]*\s")


def _cut(line: str) -> int:
    """Where to cut a line longer than ``MAX_BLOCK_CHARS``: after the last sentence end in the
    second half of the allowed length, else after its last space, else at the length."""
    window = line[MAX_BLOCK_CHARS // 2:MAX_BLOCK_CHARS]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return MAX_BLOCK_CHARS // 2 + ends[-1]
    space = window.rfind(" ")
    return MAX_BLOCK_CHARS // 2 + space + 1 if space >= 0 else MAX_BLOCK_CHARS


def _pieces(line: str) -> list[str]:
    """``line`` cut into pieces of at most ``MAX_BLOCK_CHARS`` characters, each ending at a
    sentence end or a space where there is one (the space stays with the piece)."""
    pieces: list[str] = []
    while len(line) > MAX_BLOCK_CHARS:
        cut = _cut(line)
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def _blocks(text: str) -> list[str]:
    """Paragraphs of ``text`` (split at blank lines), long ones cut at line ends and a line
    longer than ``MAX_BLOCK_CHARS`` at a space: reportlab lays out a paragraph in time that
    grows with the square of its length, so no paragraph is let grow beyond that."""
    result: list[str] = []
    for block in _BLANK_LINE.split(clean(text).strip("\n")):
        if not block.strip():
            continue
        lines = [piece for line in block.split("\n") for piece in _pieces(line)]
        chunk: list[str] = []
        size = 0
        for line in lines:
            if chunk and size + len(line) > MAX_BLOCK_CHARS:
                result.append("\n".join(chunk))
                result.append("")  # marker: continues without a gap
                chunk, size = [], 0
            chunk.append(line)
            size += len(line) + 1
        result.append("\n".join(chunk))
    return result


def paragraphs(text: str, style: ParagraphStyle, label: str | None = None,
               width: float = CONTENT_WIDTH) -> list[Paragraph]:
    """``text`` as flowing paragraphs ``width`` wide; ``label`` (markup) opens the first one.
    A paragraph whose lines all read right to left is aligned to the right."""
    blocks = _blocks(text)
    out: list[Paragraph] = []
    follows = False  # the block continues the previous one (no gap between them)
    for i, block in enumerate(blocks):
        if block == "":
            follows = bool(out)
            continue
        drawn: list[str] = []
        directions: list[bool] = []
        for line in block.split("\n"):
            rows, rtl = _visual_lines(line, style, width)
            drawn += rows
            directions.append(rtl)
        body = "<br/>".join(escape(row) for row in drawn)
        right = all(directions)
        if label is not None and not out:
            if not right:
                body = f"{label}<br/>{body}"
            else:  # the label stays on the left, above text aligned to the right
                out.append(Paragraph(label, _variant(style, follows, True)))
                follows = True
        continued = i + 1 < len(blocks) and blocks[i + 1] == ""
        out.append(Paragraph(body, _variant(style, follows, continued, right)))
        follows = False
    return out


def _variant(style: ParagraphStyle, no_space_before: bool, no_space_after: bool,
             right: bool = False) -> ParagraphStyle:
    """``style`` without the space before and/or after (for the pieces of one long block),
    aligned to the right when ``right``."""
    if not (no_space_before or no_space_after or right):
        return style
    return ParagraphStyle(
        f"{style.name}-{int(no_space_before)}{int(no_space_after)}{int(right)}",
        parent=style,
        spaceBefore=0 if no_space_before else style.spaceBefore,
        spaceAfter=0 if no_space_after else style.spaceAfter,
        alignment=TA_RIGHT if right else style.alignment,
    )
