"""The report's embedded font family (DejaVu Sans, shipped in resources/fonts)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from fidelity_app.resources import fonts_dir

REGULAR = "FidelitySans"
BOLD = "FidelitySans-Bold"
ITALIC = "FidelitySans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()
_registered = False


def _utf16_hex(code_point: int) -> str:
    """A code point as UTF-16BE hex, with a surrogate pair beyond the BMP."""
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of a font subset, correct for characters beyond U+FFFF.

    reportlab writes such code points (most emoji) as plain hex, which PDF readers reject,
    so copied or extracted text loses them; PDF wants UTF-16BE there (a surrogate pair).
    """
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])


def register_fonts() -> None:
    """Register the family with reportlab once (safe to call from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"the report font {path} is missing")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b>, <i> and <b><i> in paragraphs pick these faces (no bold-oblique face is shipped).
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def keep_unknown_characters(text: str) -> str:
    """Let characters the font lacks (most emoji) still reach the PDF's text.

    reportlab writes every character it has no glyph for as code 0, so it vanishes from
    copied or extracted text. Mapping each such character to the font's empty-box glyph
    gives it a code of its own: it prints as a box and extracts as itself.
    """
    register_fonts()
    for name in _FILES:
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for char in text:
            code = ord(char)
            if code not in glyphs and code > 0x20 and code != 0xA0:
                glyphs[code] = 0
    return text
