"""What the window says after importing a review file: created, merged, unchanged, or refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fidelity_app.services.exchange import ImportConflictError, ImportResult

MAX_CONFLICTS_SHOWN = 12

translate = QCoreApplication.translate


def import_result_text(result: ImportResult, file_name: str) -> str:
    """One sentence for the status bar: what importing ``file_name`` did."""
    if result.created:
        return translate("ImportMessages", "Imported %1 as a new review.").replace(
            "%1", file_name)
    if result.unchanged:
        return translate("ImportMessages", "%1 is already in the database; nothing was "
                                           "changed.").replace("%1", file_name)
    parts = []
    if result.reviewers_added:
        parts.append(translate("ImportMessages", "added reviewers %1").replace(
            "%1", ", ".join(result.reviewers_added)))
    if result.ratings_added:
        parts.append(translate("ImportMessages", "added %1 reviewer scores").replace(
            "%1", str(result.ratings_added)))
    if result.items_filled:
        parts.append(translate("ImportMessages", "filled %1 empty agreed items").replace(
            "%1", str(result.items_filled)))
    if result.fields_filled:
        parts.append(translate("ImportMessages", "filled the overall summary"))
    if result.finalised:
        parts.append(translate("ImportMessages", "made the review final, as in the file"))
    return (
        translate("ImportMessages", "Merged %1 into the review already here: %2. Nothing "
                                    "that was here was overwritten.")
        .replace("%1", file_name).replace("%2", "; ".join(parts))
    )


def conflict_title() -> str:
    """The title of the message when an import is refused because of conflicts."""
    return translate("ImportMessages", "Import refused")


def conflict_text(error: ImportConflictError, file_name: str) -> str:
    """Why nothing was imported, and what a person can do."""
    return (
        translate("ImportMessages", "%1 holds this review with different content, so "
                                    "nothing was imported and nothing here was changed. "
                                    "Places that differ: %2. A person has to decide which "
                                    "is right.")
        .replace("%1", file_name).replace("%2", str(len(error.conflicts)))
    )


def conflict_details(error: ImportConflictError) -> str:
    """The places that differ (here / in the file), and how to take the file's version."""
    lines = [f"• {c}" for c in error.conflicts[:MAX_CONFLICTS_SHOWN]]
    more = len(error.conflicts) - len(lines)
    if more > 0:
        lines.append(translate("ImportMessages", "… and %1 more").replace("%1", str(more)))
    lines.append("")
    lines.append(translate(
        "ImportMessages",
        "To take a reviewer's scores from the file, remove that reviewer from the review here "
        "(Reviewers… in the Scoring tab) and import the file again; or ask for a corrected "
        "file.",
    ))
    return "\n".join(lines)
