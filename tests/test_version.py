"""One version, written once (fidelity_app.__version__), shown everywhere the same."""

from __future__ import annotations

import importlib.metadata
import io
import tomllib
from datetime import date
from pathlib import Path

import pypdf
import pytest

from fidelity_app import __version__
from fidelity_app.cli import main
from fidelity_app.reports import build_report
from fidelity_app.services.app import App
from fidelity_app.services.report_data import report_data
from fidelity_app.ui.dialogs.about_dialog import AboutDialog

# the version in reports, whichever engine
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_takes_its_version_from_the_code() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "fidelity_app/__init__.py"
    assert importlib.metadata.version("fidelity-app") == __version__


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"fidelity-app {__version__}\n"


def test_about_box_shows_the_version(qtbot, app: App) -> None:
    dialog = AboutDialog(app.scales, "en")
    qtbot.addWidget(dialog)
    assert dialog.version.text() == f"Version {__version__}"


@pytest.mark.parametrize(("language", "colophon"), [
    ("sv", f"Rapporten skapad 1 november 2026 med fidelity-app {__version__}"),
    ("en", f"Report written 1 November 2026 with fidelity-app {__version__}"),
])
def test_report_colophon_and_properties_name_the_version(app: App, language: str,
                                                         colophon: str) -> None:
    service = app.reviews.create_service("Arbetsstöd Väst")
    review = app.reviews.create_review(service.uuid, kind="external", language=language,
                                       start_date=date(2026, 10, 1)).uuid
    pdf = build_report(report_data(app, review, generated_on=date(2026, 11, 1)),
                       invariant=True)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert colophon in " ".join(reader.pages[0].extract_text().split())
    assert reader.metadata.creator == f"fidelity-app {__version__}"
