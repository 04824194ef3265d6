"""The report's embedded font family (DejaVu Sans, shipped in resources/fonts)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
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


def register_fonts() -> None:
    """Register the family with reportlab once (safe to call from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
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


def has_glyph(char: str, font: str = REGULAR) -> bool:
    """Whether the font can draw ``char`` (otherwise it prints as an empty box)."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return ord(char) in face.charToGlyph
