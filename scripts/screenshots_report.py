"""The README's pictures of the report and the visit plan as printed, from the demo's second
review (with the service's comments from a factual check), and every page of the report in
Swedish and English and of the visit plan as PNG, to look at.

Usage: .venv/bin/python scripts/screenshots_report.py [OUT_DIR] [PAGES_DIR]
(defaults: docs/images, and a temporary folder for all the pages; needs pdftoppm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import pypdf
from shot_window import out_dir, scratch

from fidelity_app.demo import create_demo
from fidelity_app.reports import write_report
from fidelity_app.reports.texts import Texts
from fidelity_app.reports.visit_plan import write_visit_plan
from fidelity_app.services.app import App, open_app

# The README's pages of the Swedish report: file name and the heading the page starts with.
README_PAGES = (("report-summary", "summary"), ("report-development", "development"),
                ("report-comparison", "comparison"))
# What the service wrote back on the factual-check sheet: item row (1 = first item), comment.
COMMENTS = ((1, "Vi har anställt en tredje arbetsspecialist från 1 december."),
            (6, "Teamträffarna hålls nu varje vecka, inte varannan."))


def comment_back(app: App, review: str, folder: Path) -> None:
    """Send the factual-check sheet, fill in two comments as the service would, read it back."""
    sheet = app.factual_checks.write_sheet(review, folder / "faktagranskning.xlsx")
    book = openpyxl.load_workbook(sheet)
    rows = book.worksheets[0]
    for row, comment in COMMENTS:
        rows.cell(row=row + 1, column=5, value=comment)
    book.save(sheet)
    app.factual_checks.import_comments(review, sheet, "Karin Lind, enhetschef")


def png(pdf: Path, page: int | None, target: Path, width: int) -> None:
    """One page (or, with ``page`` None, every page) of ``pdf`` as PNG ``width`` pixels wide."""
    pages = ["-f", str(page), "-l", str(page), "-singlefile"] if page else []
    subprocess.run(["pdftoppm", "-png", *pages, "-scale-to-x", str(width), "-scale-to-y", "-1",
                    str(pdf), str(target)], check=True)


def main() -> None:
    """Write the reports and the visit plan, save every page and the README's pictures."""
    out = out_dir()
    tmp = scratch()
    pages = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="pages-"))
    pages.mkdir(parents=True, exist_ok=True)
    app = open_app(tmp / "demo.db")
    _first, second = create_demo(app)
    if app.visit_plans.plan(second).is_empty:
        app.visit_plans.start_from_template(second)
    comment_back(app, second, tmp)
    for lang in ("sv", "en"):
        pdf = write_report(app, second, tmp / f"report-{lang}.pdf", lang, service_comments=True)
        png(pdf, None, pages / f"report-{lang}", 1000)
    plan = write_visit_plan(app, second, tmp / "visit-plan.pdf")
    png(plan, None, pages / "visit-plan", 1000)
    app.close()

    report = tmp / "report-sv.pdf"
    png(report, 1, out / "report-cover", 560)
    t = Texts("sv")
    texts = [page.extract_text() for page in pypdf.PdfReader(report).pages]
    for name, heading in README_PAGES:
        number = next(n for n, text in enumerate(texts, 1) if text.lstrip().startswith(
            t(heading)) or f"\n{t(heading)}\n" in text)
        png(report, number, out / name, 560)
    png(plan, 1, out / "visit-plan-pdf-1", 497)
    print(f"wrote the README's report pictures to {out} and every page to {pages}")  # noqa: T201


if __name__ == "__main__":
    main()
