"""The Swedish interface: every string translated, the catalogue current, loaded at run time."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from fidelity_app.resources import translations_dir
from fidelity_app.ui.i18n import LanguageManager, resolve_language, system_language
from fidelity_app.ui.labels import kind_label, status_label

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "fidelity_app_sv.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """Every message of a .ts file with its context name."""
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context")
            for msg in ctx.iter("message")]


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def problems(path: Path) -> list[str]:
    """Unfinished or empty translations and placeholders that do not match their source."""
    found = []
    for context, msg in messages(path):
        source = msg.findtext("source") or ""
        node = msg.find("translation")
        kind = node.get("type") if node is not None else "missing"
        if kind in ("unfinished", "missing", "obsolete", "vanished"):
            found.append(f"{context}: {source!r} is {kind}")
            continue
        for text in translations(msg):
            if not text.strip():
                found.append(f"{context}: {source!r} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(
                    PLACEHOLDER.findall(source))):
                found.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            elif source.count("&") - 2 * source.count("&&") > 0 and "&" not in text:
                found.append(f"{context}: {source!r} -> {text!r}: keyboard mnemonic lost")
    return found


def test_every_string_in_the_catalogue_is_translated() -> None:
    assert messages(TS), "the Swedish catalogue is empty"
    assert problems(TS) == []


def test_the_catalogue_has_every_string_of_the_interface(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing that the committed catalogue lacks."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    update_translations.lupdate(copy, "sv")
    assert problems(copy) == []
    before = {(c, m.findtext("source")) for c, m in messages(TS)}
    after = {(c, m.findtext("source")) for c, m in messages(copy)}
    assert after == before, "run scripts/update_translations.py and translate the new strings"


def test_the_compiled_catalogue_is_built_from_the_committed_one(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    built = tmp_path / QM.name
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(built)], check=True)
    assert QM.read_bytes() == built.read_bytes(), "run scripts/update_translations.py"


def test_the_translation_loads_and_switches_live(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(QM.stem, str(translations_dir()))
    assert translator.translate("Labels", "Self-assessment") == "Självskattning"

    manager = LanguageManager(qapp)
    try:
        assert manager.apply("sv") == "sv"
        assert kind_label("peer-review") == "Kollegial granskning"
        assert kind_label("dialogue-meeting") == "Dialogmöte"
        assert status_label("final") == "Slutförd"
        # Qt's own catalogue is installed too: standard buttons are Swedish.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        manager.apply("en")
        assert kind_label("peer-review") == "Peer review"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        manager.apply("en")


@pytest.mark.parametrize("setting", ["sv", "en", "xx", ""])
def test_language_settings_resolve(setting: str, qapp) -> None:
    # A known code is used as it is; "" (follow the system) and unknown codes give the
    # system's language when the program has it, else English.
    expected = setting if setting in ("sv", "en") else system_language()
    assert resolve_language(setting) == expected
    assert system_language() in ("sv", "en")
