"""The command line's personal-data parts: ``fidelity-app privacy`` and the check ``report``
and ``export`` make before a file leaves the program.

Every message and help text is in ``TEXTS`` (and ``KIND_NAMES``), so a catalogue of
translations can take them over in one place.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services are imported when a command uses them: not at the GUI's start
    from fidelity_app.services.app import App
    from fidelity_app.services.personal_data import Finding
    from fidelity_app.services.privacy import PrivacyCheck

TEXTS = {
    "privacy_help": "list likely personal data in a review's notes, or remove its personal "
                    "notes",
    "review_id_help": "the review (not needed with --due or --retention)",
    "json_help": "machine-readable output",
    "purge_help": "remove the review's personal notes (final reviews only): evidence notes, "
                  "needs-information reasons and reviewers' own notes; scores, strengths, "
                  "areas for development and rationales stay",
    "by_help": "who removes the notes, for the review's log (default: your login name)",
    "due_help": "list final reviews kept longer than the retention time, with notes to remove",
    "retention_help": "show, or set to DAYS, how long personal notes are kept after a review "
                      "is final",
    "redact_help": "replace likely personal data by [deltagare] ([participant] in English) in "
                   "the {what} only; the stored notes stay as they are",
    "report": "report",
    "file": "review file",
    "needs_review": "give a REVIEW_ID, or use --due or --retention",
    "none_found": "No likely personal data found in the notes of review {review}.",
    "found": "{count} found in the notes of review {review}: {kinds}.",
    "warning": "warning: the {what} contains {count} that look like personal data ({kinds}). "
               "See them with 'fidelity-app privacy {review}'; add --redact to replace them "
               "in the {what} only.",
    "redacted": "replaced {count} that looked like personal data ({kinds}) with {replacement} "
                "in the {what} only; the stored notes are unchanged.",
    "purged": "Removed the personal notes of review {review}: {evidence}, {reasons} and "
              "{notes}. Scores, strengths, areas for development and rationales are kept; "
              "the review's log records it.",
    "nothing_purged": "Review {review} has no personal notes left; nothing was changed.",
    "retention": "Personal notes are kept {days} after a review is final.",
    "retention_set": "Personal notes are now kept {days} after a review is final.",
    "none_due": "No final review has been kept longer than {days} with personal notes in it.",
    "due_line": "{review}\t{service}\tfinal {final}\tdue {due}",
}

#: (one, several) for each kind of finding, and for the counted things of the messages.
KIND_NAMES = {
    "identity-number": ("identity number", "identity numbers"),
    "coordination-number": ("coordination number", "coordination numbers"),
    "email": ("e-mail address", "e-mail addresses"),
    "phone": ("phone number", "phone numbers"),
    "name": ("name", "names"),
    "finding": ("item", "items"),
    "evidence": ("evidence note", "evidence notes"),
    "reason": ("needs-information reason", "needs-information reasons"),
    "note": ("reviewer's note", "reviewers' notes"),
    "day": ("day", "days"),
}


class _Show:
    """The value of ``--retention`` given without a number: show the setting."""


SHOW = _Show()


def counted(count: int, what: str) -> str:
    """'1 name', '3 names', '0 evidence notes'."""
    one, several = KIND_NAMES[what]
    return f"{count} {one if count == 1 else several}"


def kinds_of(findings: Sequence[Finding]) -> str:
    """'2 names, 1 identity number', strongest kind first."""
    from fidelity_app.privacy import KINDS

    counts = Counter(f.kind for f in findings)
    return ", ".join(counted(counts[k], k) for k in KINDS if counts[k])


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def report_check(check: PrivacyCheck, what: str, redacted: bool) -> None:
    """Say on standard error what a report or review file would carry (or had replaced)."""
    if not check.count:
        return
    values = {"what": TEXTS[what], "count": counted(check.count, "finding"),
              "kinds": kinds_of(check.findings), "review": check.review_uuid[:8],
              "replacement": check.replacement}
    _err(TEXTS["redacted" if redacted else "warning"].format(**values))


def add_redact_option(parser: argparse.ArgumentParser, what: str) -> None:
    """The ``--redact`` option of ``report`` (``what="report"``) or ``export`` (``"file"``)."""
    parser.add_argument("--redact", action="store_true",
                        help=TEXTS["redact_help"].format(what=TEXTS[what]))


def add_privacy_parser(sub: argparse._SubParsersAction) -> None:
    """The ``privacy`` command's arguments."""
    p = sub.add_parser("privacy", help=TEXTS["privacy_help"])
    p.add_argument("review_id", metavar="REVIEW_ID", nargs="?", help=TEXTS["review_id_help"])
    p.add_argument("--json", action="store_true", help=TEXTS["json_help"])
    p.add_argument("--purge", action="store_true", help=TEXTS["purge_help"])
    p.add_argument("--by", metavar="NAME", help=TEXTS["by_help"])
    p.add_argument("--due", action="store_true", help=TEXTS["due_help"])
    p.add_argument("--retention", metavar="DAYS", nargs="?", type=int, const=SHOW,
                   help=TEXTS["retention_help"])


def _place(finding: Finding) -> str:
    from fidelity_app.services.personal_data import RATING_NOTE

    if finding.place.field == RATING_NOTE:
        return f"{RATING_NOTE} ({finding.place.reviewer})"
    return finding.field


def cmd_privacy(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """List the likely personal data in a review's notes, or remove its personal notes."""
    app = app_factory()
    if args.retention is not None:
        return _retention(app, args)
    if args.due:
        return _due(app, args)
    if args.review_id is None:
        _err("error: " + TEXTS["needs_review"])
        return 2
    review = app.reviews.resolve_review_id(args.review_id)
    if args.purge:
        return _purge(app, args, review)
    check = app.privacy.check_review(review)
    if args.json:
        _out(json.dumps([f.as_json() for f in check.findings], ensure_ascii=False, indent=2))
    else:
        for f in check.findings:
            before, after = f.context()
            _out("\t".join([f.item_id or "-", _place(f), f.kind, f.text,
                            f"…{before}[{f.text}]{after}…"]))
    if check.count:
        _err(TEXTS["found"].format(count=counted(check.count, "finding"), review=review[:8],
                                   kinds=kinds_of(check.findings)))
    else:
        _err(TEXTS["none_found"].format(review=review[:8]))
    return 0


def _purge(app: App, args: argparse.Namespace, review: str) -> int:
    from fidelity_app.services.privacy import login_name

    actor = args.by if args.by is not None else login_name()
    removal = app.privacy.remove_personal_notes(review, actor=actor)
    if args.json:
        _out(json.dumps({"review": review, "evidence_notes": removal.evidence_notes,
                         "needs_info_reasons": removal.needs_info_reasons,
                         "reviewer_notes": removal.reviewer_notes, "by": actor.strip()},
                        indent=2))
    if removal.total:
        _err(TEXTS["purged"].format(
            review=review[:8], evidence=counted(removal.evidence_notes, "evidence"),
            reasons=counted(removal.needs_info_reasons, "reason"),
            notes=counted(removal.reviewer_notes, "note")))
    else:
        _err(TEXTS["nothing_purged"].format(review=review[:8]))
    return 0


def _retention(app: App, args: argparse.Namespace) -> int:
    if args.retention is SHOW:
        days = app.privacy.retention_days()
        key = "retention"
    else:
        days = app.privacy.set_retention_days(args.retention)
        key = "retention_set"
    if args.json:
        _out(json.dumps({"retention_days": days}))
    else:
        _out(TEXTS[key].format(days=counted(days, "day")))
    return 0


def _due(app: App, args: argparse.Namespace) -> int:
    due = app.privacy.retention_due()
    if args.json:
        _out(json.dumps([{"review": d.review.uuid, "service": d.review.service_name,
                          "finalised_on": d.finalised_on.isoformat(),
                          "due_on": d.due_on.isoformat()} for d in due], ensure_ascii=False,
                        indent=2))
        return 0
    for d in due:
        _out(TEXTS["due_line"].format(review=d.review.uuid, service=d.review.service_name,
                                      final=d.finalised_on.isoformat(),
                                      due=d.due_on.isoformat()))
    if not due:
        _err(TEXTS["none_due"].format(days=counted(app.privacy.retention_days(), "day")))
    return 0
