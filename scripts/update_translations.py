"""Update the interface translations: extract strings from fidelity_app/ui, then compile.

    .venv/bin/python scripts/update_translations.py            # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --release  # only compile the .ts files

``pyside6-lupdate`` adds new source strings to ``resources/translations/fidelity_app_<lang>.ts``
(marked unfinished) and drops strings no longer in the code; translate them in Qt Linguist
(``pyside6-linguist``) or any editor, then run the script again to build the ``.qm`` files the
program loads. Both tools ship with PySide6 in the virtual environment.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "fidelity_app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "fidelity_app"
LANGUAGES = {"sv": "sv_SE"}


def tool(name: str) -> str:
    """A Qt tool from the virtual environment of this Python, else from the PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found (install PySide6 in the environment)")
    return found


def source_files() -> list[str]:
    """Every Python file of the interface, relative to the project root, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The translation source of ``language``."""
    return folder / f"{CATALOGUE}_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    """Merge the strings of the source files into ``ts``."""
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
         "-target-language", LANGUAGES[language], "-silent", "-ts", str(ts)],
        cwd=ROOT, check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into the binary catalogue ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    """Run the update."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true",
                        help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        if not args.release:
            lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
