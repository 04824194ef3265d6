"""Take the README's screenshot of the visit plan, in Swedish, offscreen, over the window at
1366x768 (the dialog as it sits on a small laptop screen).

Usage: .venv/bin/python scripts/screenshots_visit_plan.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from screenshots import SIZE, settle  # noqa: E402 - beside this script

from fidelity_app.demo import create_demo  # noqa: E402
from fidelity_app.services.app import open_app  # noqa: E402


def main() -> None:
    """The demo's draft with a plan partly done: two activities held, two documents in."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fidelity-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    db = tmp / "demo.db"
    app = open_app(db)
    _first, second = create_demo(app)
    if app.visit_plans.plan(second).is_empty:
        app.visit_plans.start_from_template(second)
    plan = app.visit_plans.plan(second)
    for activity in plan.activities[:2]:
        app.visit_plans.save_activity(second, replace(activity, held=True))
    for number in (1, 3):
        app.visit_plans.set_received(second, number)
    app.close()

    from fidelity_app.ui.main import application, start_gui
    from fidelity_app.ui.settings import Settings
    from fidelity_app.ui.visit_plan.dialog import VisitPlanDialog

    qapp = application([])
    Settings().language = "sv"
    window = start_gui(str(db))
    assert window is not None
    window.resize(*SIZE)
    window.open_review(second)
    dialog = VisitPlanDialog(window.app, second, window)
    dialog.show()
    dialog.activities.setCurrentCell(2, 5)
    settle(qapp)
    screen = window.grab()
    painter = QPainter(screen)
    shot = dialog.grab()
    painter.drawPixmap(QPoint((SIZE[0] - shot.width()) // 2, (SIZE[1] - shot.height()) // 2),
                       shot)
    painter.end()
    screen.save(str(out / "gui-visit-plan.png"))
    print(f"wrote {out / 'gui-visit-plan.png'}")  # noqa: T201
    dialog.close()
    window.close()


if __name__ == "__main__":
    main()
