"""The command line's personal-data parts: ``fidelity-app privacy`` and the check ``report``
and ``export`` make before a file leaves the program.

Every message and help text is in the message catalogue (keys ``pd_*``), in the locale's
language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from fidelity_app.messages import Message, message

if TYPE_CHECKING:  # the services are imported when a command uses them: not at the GUI's start
    from fidelity_app.services.app import App
    from fidelity_app.services.personal_data import Finding
    from fidelity_app.services.privacy import PrivacyCheck

KIND_KEYS = {
    "identity-number": "pd_identity_numbers",
    "coordination-number": "pd_coordination_numbers",
    "email": "pd_emails",
    "phone": "pd_phones",
    "name": "pd_names",
    "finding": "pd_findings",
    "evidence": "pd_evidence_notes",
    "reason": "pd_reasons",
    "note": "pd_reviewer_notes",
    "other": "pd_other_texts",
    "day": "pd_days",
}
"""The catalogue key of each kind of finding, and of the counted things of the messages
(the key's text is chosen by ``count``: one, or several)."""


class _Show:
    """The value of ``--retention`` given without a number: show the setting."""


SHOW = _Show()


def counted(count: int, what: str) -> Message:
    """'1 name', '3 names', '0 evidence notes' (``what``: a key of ``KIND_KEYS``)."""
    return message(KIND_KEYS[what] + ("_one" if count == 1 else "_many"), count=count)


def kinds_of(findings: Sequence[Finding]) -> Message:
    """'2 names, 1 identity number', strongest kind first."""
    from fidelity_app.privacy import KINDS

    counts = Counter(f.kind for f in findings)
    return message("pd_list", items=", ".join(
        counted(counts[k], k).text() for k in KINDS if counts[k]))


def _err(key: str, **args: object) -> None:
    sys.stderr.write(message(key, **args).text() + "\n")


def _text(key: str, **args: object) -> str:
    return message(key, **args).text()


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def report_check(check: PrivacyCheck, what: str, redacted: bool) -> None:
    """Say on standard error what a report or review file would carry (or had replaced)."""
    if not check.count:
        return
    _err(f"pd_{what}_redacted" if redacted else f"pd_{what}_warning",
         count=counted(check.count, "finding"), kinds=kinds_of(check.findings),
         review=check.review_uuid[:8], replacement=check.replacement)


def add_redact_option(parser: argparse.ArgumentParser, what: str) -> None:
    """The ``--redact`` option of ``report`` (``what="report"``), ``export`` (``"file"``) or
    ``factual-check`` (``"factual"``)."""
    parser.add_argument("--redact", action="store_true",
                        help=_text(f"pd_{what}_redact_help"))


def add_privacy_parser(sub: argparse._SubParsersAction) -> None:
    """The ``privacy`` command's arguments."""
    p = sub.add_parser("privacy", help=_text("pd_privacy_help"))
    p.add_argument("review_id", metavar="REVIEW_ID", nargs="?", help=_text("pd_review_id_help"))
    p.add_argument("--json", action="store_true", help=_text("pd_json_help"))
    p.add_argument("--purge", action="store_true", help=_text("pd_purge_help"))
    p.add_argument("--by", metavar=_text("cli_value_name"), help=_text("pd_by_help"))
    p.add_argument("--due", action="store_true", help=_text("pd_due_help"))
    p.add_argument("--retention", metavar=_text("cli_value_days"), nargs="?", type=int,
                   const=SHOW, help=_text("pd_retention_help"))


def _place(finding: Finding) -> str:
    from fidelity_app.services.personal_data import RATING_NOTE

    if finding.place.field == RATING_NOTE:
        return f"{RATING_NOTE} ({finding.place.reviewer})"
    return finding.field


def cmd_privacy(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """List the likely personal data in a review's notes, or remove its personal notes."""
    if args.retention is None and not args.due and args.review_id is None:
        _err("cli_error", message=message("pd_needs_review"))  # before opening anything
        return 2
    app = app_factory()
    if args.retention is not None:
        return _retention(app, args)
    if args.due:
        return _due(app, args)
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
        _err("pd_found", count=counted(check.count, "finding"), review=review[:8],
             kinds=kinds_of(check.findings))
    else:
        _err("pd_none_found", review=review[:8])
    return 0


def _purge(app: App, args: argparse.Namespace, review: str) -> int:
    from fidelity_app.services.privacy import login_name

    actor = args.by if args.by is not None else login_name()
    removal = app.privacy.remove_personal_notes(review, actor=actor)
    if args.json:
        _out(json.dumps({"review": review, "evidence_entries": removal.evidence_entries,
                         "needs_info_reasons": removal.needs_info_reasons,
                         "reviewer_notes": removal.reviewer_notes,
                         "service_comments": removal.service_comments,
                         "factual_drafts": removal.factual_drafts,
                         "plan_texts": removal.plan_texts, "log_reasons": removal.log_reasons,
                         "by": actor.strip()},
                        indent=2))
    if removal.total:
        _err("pd_purged", review=review[:8],
             evidence=counted(removal.evidence_entries, "evidence"),
             reasons=counted(removal.needs_info_reasons, "reason"),
             notes=counted(removal.reviewer_notes, "note"),
             others=counted(removal.others, "other"))
    else:
        _err("pd_nothing_purged", review=review[:8])
    return 0


def _retention(app: App, args: argparse.Namespace) -> int:
    if args.retention is SHOW:
        days = app.privacy.retention_days()
        key = "pd_retention"
    else:
        days = app.privacy.set_retention_days(args.retention)
        key = "pd_retention_set"
    if args.json:
        _out(json.dumps({"retention_days": days}))
    else:
        _out(_text(key, days=counted(days, "day")))
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
        _out(_text("pd_due_line", review=d.review.uuid, service=d.review.service_name,
                   final=d.finalised_on.isoformat(), due=d.due_on.isoformat()))
    if not due:
        _err("pd_none_due", days=counted(app.privacy.retention_days(), "day"))
    return 0
