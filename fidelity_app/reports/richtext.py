"""Text the reviewers typed, turned into paragraphs: never read as markup, free to flow."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from fidelity_app.reports.fonts import keep_unknown_characters

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


def inline(text: str) -> str:
    """Escaped text on one line (for titles and table cells)."""
    return escape(" ".join(clean(text).split()))


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


def paragraphs(text: str, style: ParagraphStyle, label: str | None = None) -> list[Paragraph]:
    """``text`` as flowing paragraphs; ``label`` (markup) opens the first one."""
    blocks = _blocks(text)
    out: list[Paragraph] = []
    follows = False  # the block continues the previous one (no gap between them)
    for i, block in enumerate(blocks):
        if block == "":
            follows = bool(out)
            continue
        body = escape(block).replace("\n", "<br/>")
        if label is not None and not out:
            body = f"{label}<br/>{body}"
        continued = i + 1 < len(blocks) and blocks[i + 1] == ""
        out.append(Paragraph(body, _variant(style, follows, continued)))
        follows = False
    return out


def _variant(style: ParagraphStyle, no_space_before: bool, no_space_after: bool) -> ParagraphStyle:
    """``style`` without the space before and/or after (for the pieces of one long block)."""
    if not (no_space_before or no_space_after):
        return style
    return ParagraphStyle(
        f"{style.name}-{int(no_space_before)}{int(no_space_after)}",
        parent=style,
        spaceBefore=0 if no_space_before else style.spaceBefore,
        spaceAfter=0 if no_space_after else style.spaceAfter,
    )
