"""Take the README's screenshot of the visit plan, in Swedish, offscreen, over the window at
1366x768 (the dialog as it sits on a small laptop screen).

Usage: .venv/bin/python scripts/screenshots_visit_plan.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

from dataclasses import replace

from shot_window import grab_over, open_window, out_dir, scratch

from fidelity_app.demo import create_demo
from fidelity_app.services.app import open_app


def main() -> None:
    """The demo's draft with a plan partly done: two activities held, two documents in."""
    out = out_dir()
    db = scratch() / "demo.db"
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

    from fidelity_app.ui.visit_plan.dialog import VisitPlanDialog

    qapp, window = open_window(db)
    window.open_review(second)
    dialog = VisitPlanDialog(window.app, second, window)
    dialog.activities.setCurrentCell(2, 5)
    grab_over(qapp, window, dialog, out / "gui-visit-plan.png")
    dialog.close()
    window.close()


if __name__ == "__main__":
    main()
