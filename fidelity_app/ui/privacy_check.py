"""The check for personal data before a report or review file leaves the program.

:func:`clear_for_output` is called once the user has chosen where to write: it checks what
would be written, shows the findings (if any) and carries out the user's choices. It returns
the findings to replace in the output only, or ``None`` when nothing must be written (the
user cancelled, or replacing in the stored text was refused, e.g. because the text changed
since the check).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fidelity_app.services.app import App
from fidelity_app.services.change_log import login_name
from fidelity_app.ui.dialogs.privacy_presenter import Output, PrivacyPresenter
from fidelity_app.ui.operations import Changes, run_op

if TYPE_CHECKING:
    from fidelity_app.services.personal_data import Finding
    from fidelity_app.services.privacy import PrivacyCheck

Asker = Callable[[QWidget | None, PrivacyPresenter], bool]


def _ask(parent: QWidget | None, presenter: PrivacyPresenter) -> bool:
    from fidelity_app.ui.dialogs.privacy_dialog import ask

    return ask(parent, presenter)


def clear_for_output(parent: QWidget | None, app: App, output: Output,
                     check: Callable[[], PrivacyCheck], *, ask: Asker = _ask
                     ) -> list[Finding] | None:
    """Check what is about to be written (``check`` calls ``PrivacyService.check_report`` or
    ``check_export`` with the arguments of the write) and let the user decide.

    Returns the findings the write must replace (``redact=``), ``[]`` when there were none,
    ``None`` when nothing must be written."""
    title = QCoreApplication.translate("PrivacyCheck", "Check for personal data")

    def run() -> tuple[PrivacyCheck, Callable[[str], str]]:
        from fidelity_app.services.labels import item_label

        found = check()
        scale = app.reviews.review_scale(found.review_uuid)
        return found, lambda item_id: item_label(scale, item_id).text()

    checked = run_op(parent, run, title=title, flush=False, failed=QCoreApplication.translate(
        "PrivacyCheck", "Nothing was written."))
    if checked.value is None:
        return None
    result, item_name = checked.value
    if not result.count:
        return []
    presenter = PrivacyPresenter(result, output, item_name)
    if not ask(parent, presenter):
        return None
    stored = presenter.stored_findings()
    if stored:
        replaced = run_op(
            parent, lambda: app.privacy.replace_in_stored(
                result.review_uuid, stored, result.replacement, actor=login_name()),
            title=title, flush=False,
            failed=QCoreApplication.translate(
                "PrivacyCheck", "Nothing was replaced and nothing was written. Check again."),
            changes=Changes.OPEN_REVIEW | Changes.REVIEW_LIST)
        if not replaced.ok:
            return None
    return presenter.output_findings()
