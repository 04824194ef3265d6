"""Where the program's bundled resources (scales, fonts, translations) live."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The ``resources`` folder: beside the package in a checkout, inside it when installed."""
    for candidate in (_PACKAGE.parent / "resources", _PACKAGE / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of fidelity_app is missing")


def scales_dir() -> Path:
    """The folder of bundled scale files."""
    return resources_dir() / "scales"


def fonts_dir() -> Path:
    """The folder of bundled fonts."""
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """The folder of compiled interface translations (``.qm``)."""
    return resources_dir() / "translations"


def names_dir() -> Path:
    """The folder of the first-name and surname lists used to spot names of people."""
    return resources_dir() / "names"


def visit_plans_dir() -> Path:
    """The folder of the visit-plan templates (one file per language)."""
    return resources_dir() / "visit_plans"
