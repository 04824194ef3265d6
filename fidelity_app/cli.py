"""The command line: ``fidelity-app [--db PATH] COMMAND ...``; no command starts the GUI.

Messages for people follow the locale (LC_ALL, LC_MESSAGES, LANG: ``sv_*`` gives Swedish);
``--json`` output and its keys stay the same in every language. Commands that only read never
create a database: ``demo``, ``import`` and ``pull`` do, and say where.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date

from fidelity_app import __version__
from fidelity_app.cli_argparse import localise_argparse
from fidelity_app.cli_privacy import (
    add_privacy_parser,
    add_redact_option,
    cmd_privacy,
    report_check,
)
from fidelity_app.cli_server import (
    add_server_parser,
    cmd_server,
    with_password,
)
from fidelity_app.cli_sync import add_sync_parsers, cmd_sync
from fidelity_app.launch import loaded
from fidelity_app.messages import (
    Message,
    MessageError,
    current_language,
    language_from_environment,
    message,
    set_language,
)
from fidelity_app.scale.loader import ScaleError, load_catalogue
from fidelity_app.scale.scoring import ScoreResult, score_review
from fidelity_app.services.app import App, open_app
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.editions import builtin_edition
from fidelity_app.services.errors import NoDatabaseError, ServiceError
from fidelity_app.services.vocabulary import REVIEW_KINDS

CREATING_COMMANDS = frozenset({"demo", "import", "restore", "pull"})
"""Commands that may make the database; every other one needs it to exist."""


class UserError(MessageError):
    """A problem the user can fix; printed without a traceback."""


def _out(text: str = "") -> None:
    """A line of output (a name that is not valid Unicode is written with escapes)."""
    sys.stdout.write(text.encode("utf-8", "backslashreplace").decode("utf-8") + "\n")


def _say(key: str, **args: object) -> None:
    """A message for the person at the terminal, on stderr, in their language."""
    sys.stderr.write(message(key, **args).text() + "\n")


def _line(key: str, **args: object) -> None:
    """A line of human-readable output, in the user's language."""
    sys.stdout.write(message(key, **args).text() + "\n")


def _error_message(error: BaseException) -> Message:
    """The error's own message, or its text (made printable) for errors without one."""
    carried = getattr(error, "message", None)
    return carried if isinstance(carried, Message) else message("plain_text", text=str(error))


def _json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _score_text(score: ScoreResult) -> tuple[str, str]:
    if score.partial:
        return message("cli_partial", total=score.total, scored=score.scored,
                       items=score.items).text(), ""
    return str(score.total), score.band.label if score.band else ""


def _summary_json(r: ReviewSummary) -> dict[str, object]:
    return {
        "id": r.uuid,
        "service": r.service_name,
        "organisation": r.organisation,
        "date": r.start_date.isoformat(),
        "end_date": r.end_date.isoformat() if r.end_date else None,
        "kind": r.kind,
        "status": r.status,
        "language": r.language,
        "scale": r.scale_id,
        "reviewers": list(r.reviewers),
        "total": r.score.total,
        "max": r.score.max,
        "partial": r.score.partial,
        "band": r.score.band.id if r.score.band else None,
    }


# -- commands -----------------------------------------------------------------------------


def cmd_scales(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """List the scales and their editions; import or export an edition of a scale's text."""
    if args.scales_command == "import":
        result = app_factory().editions.import_file(args.file)
        _out(result.edition.id)
        if not result.created:
            _say("cli_edition_already_stored", path=args.file)
        return 0
    if args.scales_command == "export":
        path = app_factory().editions.export_edition(args.scale_id, args.lang, args.out,
                                                     edition_id=args.edition)
        _say("cli_wrote", path=path)
        return 0
    try:
        app = app_factory()
    except NoDatabaseError:
        if args.db:
            raise  # the named database is not there: say so
        # no database yet: the scales and their built-in texts
        scales = load_catalogue()
        infos = scales.infos()
        editions = {i.id: [builtin_edition(scales.get(i.id, lang)) for lang in i.languages]
                    for i in infos}
    else:
        infos = app.scales.infos()
        editions = {i.id: app.editions.list_editions(i.id) for i in infos}
    if args.json:
        _json([
            {"id": i.id, "version": i.version, "name": i.name, "languages": list(i.languages),
             "items": i.item_count, "editions": [e.as_json() for e in editions[i.id]]}
            for i in infos
        ])
    else:
        for i in infos:
            items = message("cli_items", count=i.item_count).text()
            _out(f"{i.id}\t{i.version}\t{','.join(i.languages)}\t{items}\t{i.name}")
            for e in editions[i.id]:
                kind = message("cli_builtin").text() if e.builtin else e.sha256[:12]
                _out(f"  {e.id}\t{e.language}\t{kind}\t{e.name}")
    return 0


def cmd_reviews(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """List the reviews in the database."""
    app = app_factory()
    reviews = app.reviews.list_reviews()
    if args.json:
        _json([_summary_json(r) for r in reviews])
        return 0
    for r in reviews:
        total, band = _score_text(r.score)
        _out("\t".join([r.uuid, r.service_name, r.start_date.isoformat(), r.kind, r.status,
                        total, band]))
    if not reviews:
        _say("cli_no_reviews")
    return 0


def cmd_import(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Import review files, each all-or-nothing."""
    from fidelity_app.services.exchange import ServiceChoice, ServiceMatchError

    app = app_factory()
    failed = 0
    choice: ServiceChoice = (
        "existing" if args.existing_service else "new" if args.new_service else "ask"
    )
    for path in args.files:
        try:
            result = app.exchange.import_file(path, service=choice)
        except ServiceMatchError as exc:
            failed += 1
            _say("cli_error", message=exc.message)
            _say("cli_use_existing_or_new")  # and the next file is tried
            continue
        except ServiceError as exc:
            failed += 1
            _say("cli_error", message=exc.message)
            continue
        _out(result.review_uuid)
        if not result.created or result.edition_missing:
            _say("file_problem", path=path, problem=result.describe())
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Export one review as a review file."""
    app = app_factory()
    review = app.reviews.resolve_review_id(args.review_id)
    include_agreed = args.include_agreed or None
    check = app.privacy.check_export(review, args.reviewer, include_agreed)
    path = app.exchange.export_review(
        review, args.out, reviewer=args.reviewer, include_agreed=include_agreed,
        redact=check.findings if args.redact else (),
    )
    _say("cli_wrote", path=path)
    report_check(check, "file", redacted=args.redact)
    return 0


def cmd_score(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Score a review file without storing it."""
    from fidelity_app.exchange.reader import ReviewFileError, read_review_file
    from fidelity_app.scale.calculators import propose

    scales = load_catalogue()
    try:
        model = read_review_file(args.file, scales)
    except ReviewFileError as exc:
        raise UserError("file_problem", path=args.file, problem=exc.message) from None
    scale = scales.get(model.scale, model.language)
    result = score_review(scale, {i.id: i.score for i in model.items})
    scores = {i.id: i.score for i in model.items}
    proposals = {
        c.item: propose(scale.item(c.item), c.inputs).score for c in model.calculations
    }
    if args.json:
        _json({"scale": scale.id, "language": scale.language, **result.as_json(),
               "calculations": [
                   {"item": item_id, "proposed_score": proposed, "score": scores.get(item_id),
                    "overrides": scores.get(item_id) not in (None, proposed)}
                   for item_id, proposed in proposals.items()]})
        return 0
    total, band = _score_text(result)
    _line("cli_total", total=total, max=result.max)
    _line("cli_band", band=band or message("cli_no_band"))
    for s in result.sections:
        _line("cli_section", title=s.title, subtotal=s.subtotal, max=s.max, scored=s.scored,
              items=s.items)
    if result.missing:
        _line("cli_unscored", items=", ".join(result.missing))
    for item_id, proposed in proposals.items():
        score = scores.get(item_id)
        if score in (None, proposed):
            _line("cli_proposal", item=item_id, proposed=proposed)
        else:
            _line("cli_proposal_overridden", item=item_id, proposed=proposed, score=score)
    return 0


def cmd_demo(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Fill the database with a realistic sample."""
    from fidelity_app.demo import create_demo

    app = app_factory()
    for uuid in create_demo(app):
        _out(uuid)
    return 0


def cmd_report(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Write the feedback report (PDF) of one review."""
    from fidelity_app.reports import write_report

    app = app_factory()
    review = app.reviews.resolve_review_id(args.review_id)
    check = app.privacy.check_report(review, args.lang,
                                     service_comments=args.service_comments)
    try:
        path = write_report(app, review, args.out, lang=args.lang,
                            redact=check.findings if args.redact else (),
                            service_comments=args.service_comments)
    except OSError as exc:
        raise UserError("cannot_write", path=args.out, reason=exc.strerror or exc) from None
    _say("cli_wrote", path=path)
    report_check(check, "report", redacted=args.redact)
    return 0


def cmd_plan(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Show a review's visit plan, tick documents received, or write the plan as PDF."""
    app = app_factory()
    review = app.reviews.resolve_review_id(args.review_id)
    for number in args.received or ():
        app.visit_plans.set_received(review, number, True)
    for number in args.not_received or ():
        app.visit_plans.set_received(review, number, False)
    if args.pdf:
        from fidelity_app.reports.visit_plan import write_visit_plan

        _say("cli_wrote", path=write_visit_plan(app, review, args.pdf))
        return 0
    plan = app.visit_plans.plan(review)
    if args.json:
        _json({
            "review": plan.review.uuid,
            "activities": [{"id": a.uuid, "date": a.day.isoformat() if a.day else None,
                            "start": a.start, "end": a.end, "activity": a.activity,
                            "with_whom": a.with_whom, "held": a.held}
                           for a in plan.activities],
            "documents": [{"number": n, "id": d.uuid, "name": d.name, "received": d.received}
                          for n, d in enumerate(plan.documents, start=1)],
        })
        return 0
    r = plan.review
    _line("cli_plan_heading", service=r.service_name, date=r.start_date.isoformat())
    _line("cli_plan_schedule")
    for n, a in enumerate(plan.activities, start=1):
        time = "–".join(t for t in (a.start, a.end) if t)
        _line("cli_plan_held" if a.held else "cli_plan_activity", number=n,
              day=a.day.isoformat() if a.day else "", time=time, activity=a.activity,
              with_whom=a.with_whom)
    if not plan.activities:
        _line("cli_plan_none")
    _line("cli_plan_documents")
    for n, d in enumerate(plan.documents, start=1):
        _line("cli_plan_received" if d.received else "cli_plan_document", number=n, name=d.name)
    if not plan.documents:
        _line("cli_plan_none")
    return 0


def cmd_factual_check(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Send a review for the service's factual check, or read the service's comments back."""
    app = app_factory()
    review = app.reviews.resolve_review_id(args.review_id)
    if args.import_file is not None:
        sender = args.sender or app.reviews.get_review(review).service.name
        result = app.factual_checks.import_comments(review, args.import_file, sender)
        _say("plain_text", text=result.describe())
        return 0
    if args.save_draft is not None:
        drafts = app.factual_checks.drafts(review)
        if not drafts:
            raise UserError("cli_no_draft_sent")
        _say("cli_wrote", path=app.factual_checks.save_draft(drafts[-1].id, args.save_draft))
        return 0
    from fidelity_app.reports.factual_check import send_for_factual_check

    check = app.privacy.check_report(review)  # the sheet prints the report's evidence
    sent = send_for_factual_check(app, review, args.out,
                                  redact=check.findings if args.redact else ())
    _say("cli_wrote", path=sent.report)
    _say("cli_wrote", path=sent.sheet)
    report_check(check, "factual", redacted=args.redact)
    return 0


def _iso_date(text: str) -> date:
    """A date given as YYYY-MM-DD on the command line."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli_bad_date", text=text).text()) from None


def cmd_export_csv(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Write one CSV row per review and item, for spreadsheets."""
    app = app_factory()
    services = app.analysis.find_services(args.service) if args.service else None
    delimiter = ";" if args.delimiter == "semicolon" else ","
    result = app.analysis.export_csv(args.out, services, delimiter=delimiter)
    _say("cli_wrote_csv", path=result.path, reviews=result.reviews, rows=result.rows)
    return 0


def cmd_summary(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Aggregates across all services, without names of people."""
    from fidelity_app.services.analysis import Period, summary_lines

    period = Period(args.date_from, args.date_to)  # a reversed period is refused first
    summary = app_factory().analysis.summary(period, include_drafts=args.include_drafts)
    if args.json:
        _json(summary.as_json())
    else:
        for line in summary_lines(summary):
            _out(line)
    return 0


def cmd_backup(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Back up the database now (or list its backups) and print the backup's path."""
    from fidelity_app.paths import database_path
    from fidelity_app.services.backups import BackupService
    from fidelity_app.services.server import is_server_database

    backups = BackupService(database_path(args.db), on_server=is_server_database(args.db))
    if args.list:
        infos = backups.list_backups()
        if args.json:
            _json([{"path": str(b.path), "created_at": b.created_at.isoformat(),
                    "label": b.label, "size": b.size} for b in infos])
        else:
            for b in infos:
                _out(f"{b.path}\t{b.created_at.astimezone():%Y-%m-%d %H:%M}\t{b.label}")
        return 0
    _out(str(backups.backup_now().path))
    return 0


def cmd_restore(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Put a backup in place of the database, keeping the current one first."""
    from fidelity_app.paths import database_path
    from fidelity_app.services.backups import BackupService
    from fidelity_app.services.server import is_server_database

    path = database_path(args.db)
    result = BackupService(path, on_server=is_server_database(args.db)).restore(args.file)
    _say("cli_restored", source=result.restored_from, path=path)
    kept = result.previous_backup or result.set_aside
    if kept is not None:
        _say("cli_replaced_backed_up" if result.previous_backup else "cli_replaced_set_aside",
             path=kept)
        _out(str(kept))
    return 0


def cmd_agreement(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Agreement between the reviewers of one review, or of a pair pooled across reviews."""
    if (args.review_id is None) == (args.pair is None):
        raise UserError("cli_give_review_or_pair")
    app = app_factory()
    if args.pair is not None:
        result = app.ratings.pair_agreement(*args.pair)
        data: dict[str, object] = {"pair": list(args.pair), **result.as_json()}
    else:
        review = app.reviews.resolve_review_id(args.review_id)
        result = app.ratings.agreement(review, args.reviewers)
        data = {"review": review, **result.as_json()}
    if args.json:
        _json(data)
        return 0

    def share(value: float | None, count: int) -> object:
        if value is None:
            return "-"
        return message("cli_share", percent=round(value * 100), count=count,
                       items=result.items)

    _line("cli_agreement_reviewers", names=", ".join(result.reviewers))
    if args.pair is not None:
        _line("cli_agreement_reviews", count=result.reviews)
    if result.not_compared:
        _line("cli_agreement_left_out", count=result.items, left_out=result.not_compared)
    else:
        _line("cli_agreement_items", count=result.items)
    _line("cli_agreement_exact", share=share(result.exact, result.exact_count))
    _line("cli_agreement_within", share=share(result.within_one, result.within_one_count))
    kappa = "-" if result.kappa_quadratic is None else f"{result.kappa_quadratic:.2f}"
    _line("cli_agreement_kappa", kappa=kappa)
    if result.kappa_reason:
        _line("cli_kappa_reason", reason=message(f"kappa_{result.kappa_reason}"))
    return 0


def cmd_compare(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Where a service stands among all services, or its self-assessment beside its latest
    external review."""
    from fidelity_app.services.comparisons import self_and_outside_lines, standing_lines

    app = app_factory()
    found = app.analysis.find_services(args.service)
    if len(found) > 1:
        _say("cli_error", message=message("cmp_ambiguous", name=args.service.strip()))
        return 2
    language = current_language()
    scale = app.scales.get("ips-25", language)
    if args.self_assessment:
        pair = app.comparisons.self_and_outside(found[0], language=language)
        data, lines = pair.as_json(), self_and_outside_lines(pair, scale)
    else:
        standing = app.comparisons.standing(found[0], language=language,
                                            kinds=args.kind or ("external",))
        data, lines = standing.as_json(), standing_lines(standing, scale)
    if args.json:
        _json(data)
    else:
        for line in lines:
            _out(line)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Callable[[], App]], int]] = {
    "scales": cmd_scales,
    "reviews": cmd_reviews,
    "import": cmd_import,
    "export": cmd_export,
    "agreement": cmd_agreement,
    "score": cmd_score,
    "demo": cmd_demo,
    "report": cmd_report,
    "export-csv": cmd_export_csv,
    "summary": cmd_summary,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "privacy": cmd_privacy,
    "compare": cmd_compare,
    "plan": cmd_plan,
    "factual-check": cmd_factual_check,
    "server": cmd_server,
    "push": cmd_sync,
    "pull": cmd_sync,
}


def _text(key: str) -> str:
    """A help text or value name of the command line, in the user's language."""
    return message(key).text()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (global options before the command), in the current language of
    the messages: its help, the names of values and argparse's own words."""
    localise_argparse()
    file, name, date_ = _text("cli_value_file"), _text("cli_value_name"), _text("cli_value_date")
    json_help = _text("cli_help_json")
    parser = argparse.ArgumentParser(prog="fidelity-app",
                                     description=_text("cli_help_description"))
    parser.add_argument("--version", action="version", version=f"fidelity-app {__version__}",
                        help=_text("cli_help_version"))
    parser.add_argument("--db", metavar=_text("cli_value_path"), help=_text("cli_help_db"))
    parser.add_argument("--open", metavar="REVIEW_ID", help=_text("cli_help_open"))
    parser.add_argument("--remember-password", action="store_true",
                        help=_text("cli_help_remember_password"))
    parser.add_argument("--quit-when-shown", action="store_true",
                        help=_text("cli_help_quit_when_shown"))
    sub = parser.add_subparsers(dest="command", metavar=_text("cli_value_command"))

    p = sub.add_parser("scales", help=_text("cli_help_scales"))
    p.add_argument("--json", action="store_true", help=json_help)
    texts = p.add_subparsers(dest="scales_command", metavar=_text("cli_value_action"))
    q = texts.add_parser("import", help=_text("cli_help_scales_import"))
    q.add_argument("file", metavar=file)
    q = texts.add_parser("export", help=_text("cli_help_scales_export"))
    q.add_argument("scale_id", metavar="SCALE_ID")
    q.add_argument("--lang", required=True, choices=("sv", "en"),
                   help=_text("cli_help_text_lang"))
    q.add_argument("--edition", metavar="ID", help=_text("cli_help_edition"))
    q.add_argument("--out", required=True, metavar=file, help=_text("cli_help_out"))
    p = sub.add_parser("reviews", help=_text("cli_help_reviews"))
    p.add_argument("--json", action="store_true", help=json_help)
    p = sub.add_parser("import", help=_text("cli_help_import"))
    p.add_argument("files", nargs="+", metavar=file)
    same = p.add_mutually_exclusive_group()
    same.add_argument("--existing-service", action="store_true",
                      help=_text("cli_help_existing_service"))
    same.add_argument("--new-service", action="store_true", help=_text("cli_help_new_service"))
    p = sub.add_parser("export", help=_text("cli_help_export"))
    p.add_argument("review_id", metavar="REVIEW_ID")
    p.add_argument("--out", required=True, metavar=file, help=_text("cli_help_out"))
    p.add_argument("--reviewer", metavar=name, help=_text("cli_help_reviewer"))
    p.add_argument("--include-agreed", action="store_true",
                   help=_text("cli_help_include_agreed"))
    add_redact_option(p, "file")
    p = sub.add_parser("agreement", help=_text("cli_help_agreement"))
    p.add_argument("review_id", metavar="REVIEW_ID", nargs="?")
    p.add_argument("--reviewers", nargs="+", metavar=name, help=_text("cli_help_reviewers"))
    p.add_argument("--pair", nargs=2, metavar=name, help=_text("cli_help_pair"))
    p.add_argument("--json", action="store_true", help=json_help)
    p = sub.add_parser("score", help=_text("cli_help_score"))
    p.add_argument("file", metavar=file)
    p.add_argument("--json", action="store_true", help=json_help)
    sub.add_parser("demo", help=_text("cli_help_demo"))
    p = sub.add_parser("report", help=_text("cli_help_report"))
    p.add_argument("review_id", metavar="REVIEW_ID")
    p.add_argument("--out", required=True, metavar=_text("cli_value_pdf"),
                   help=_text("cli_help_out"))
    p.add_argument("--lang", choices=("sv", "en"), help=_text("cli_help_report_lang"))
    p.add_argument("--service-comments", action="store_true",
                   help=_text("cli_help_service_comments"))
    add_redact_option(p, "report")
    p = sub.add_parser("export-csv", help=_text("cli_help_export_csv"))
    p.add_argument("--out", required=True, metavar=file, help=_text("cli_help_out"))
    p.add_argument("--service", metavar=name, help=_text("cli_help_service"))
    p.add_argument("--delimiter", choices=("comma", "semicolon"), default="comma",
                   help=_text("cli_help_delimiter"))
    p = sub.add_parser("summary", help=_text("cli_help_summary"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar=date_,
                   help=_text("cli_help_from"))
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar=date_,
                   help=_text("cli_help_to"))
    p.add_argument("--include-drafts", action="store_true",
                   help=_text("cli_help_include_drafts"))
    p = sub.add_parser("backup", help=_text("cli_help_backup"))
    p.add_argument("--list", action="store_true", help=_text("cli_help_list"))
    p.add_argument("--json", action="store_true", help=_text("cli_help_json_list"))
    p = sub.add_parser("restore", help=_text("cli_help_restore"))
    p.add_argument("file", metavar=file)
    add_privacy_parser(sub)
    p = sub.add_parser("compare", help=_text("cli_help_compare"))
    p.add_argument("service", metavar=_text("cli_value_service"),
                   help=_text("cli_help_compare_service"))
    p.add_argument("--kind", action="append", choices=REVIEW_KINDS,
                   help=_text("cli_help_compare_kind"))
    p.add_argument("--self-assessment", action="store_true",
                   help=_text("cli_help_compare_self"))
    p.add_argument("--json", action="store_true", help=_text("cli_help_json"))
    p = sub.add_parser("plan", help=_text("cli_help_plan"))
    p.add_argument("review_id", metavar="REVIEW_ID")
    p.add_argument("--json", action="store_true", help=_text("cli_help_json"))
    p.add_argument("--pdf", metavar=_text("cli_value_pdf"), help=_text("cli_help_plan_pdf"))
    p.add_argument("--received", type=int, nargs="+", metavar=_text("cli_value_number"),
                   help=_text("cli_help_plan_received"))
    p.add_argument("--not-received", type=int, nargs="+", metavar=_text("cli_value_number"),
                   help=_text("cli_help_plan_not_received"))
    p = sub.add_parser("factual-check", help=_text("cli_help_factual_check"))
    p.add_argument("review_id", metavar="REVIEW_ID")
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("--out", metavar=_text("cli_value_folder"),
                     help=_text("cli_help_factual_out"))
    way.add_argument("--import", dest="import_file", metavar=_text("cli_value_xlsx"),
                     help=_text("cli_help_factual_import"))
    way.add_argument("--save-draft", metavar=_text("cli_value_pdf"),
                     help=_text("cli_help_factual_save_draft"))
    p.add_argument("--from", dest="sender", metavar=_text("cli_value_name"),
                   help=_text("cli_help_factual_from"))
    add_redact_option(p, "factual")
    add_server_parser(sub)
    add_sync_parsers(sub)
    return parser


def tolerate_any_encoding() -> None:
    """Let output to a terminal or file of a legacy encoding (a Windows code page) write what
    the encoding can hold and put "?" for the rest, instead of failing on names like "Łódź"."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``fidelity-app`` command."""
    set_language(language_from_environment())
    tolerate_any_encoding()
    parser = build_parser()
    args = parser.parse_args(argv)
    opened: list[App] = []
    creates = args.command in CREATING_COMMANDS or (
        args.command == "scales" and args.scales_command == "import")

    def app_factory() -> App:
        if not opened:
            opened.append(with_password(args.db, lambda password: open_app(
                args.db, create=creates, password=password), remember=args.remember_password))
            if opened[0].created:
                _say("cli_created_database", path=opened[0].db_path)
        return opened[0]

    try:
        if args.command is None:
            from fidelity_app.ui.main import run_gui

            return run_gui(db=args.db, open_review=args.open,
                           quit_when_shown=args.quit_when_shown)
        loaded()  # the collector runs again if the entry point paused it
        return COMMANDS[args.command](args, app_factory)
    except (UserError, ServiceError, ScaleError) as exc:
        _say("cli_error", message=_error_message(exc))
        return 2 if isinstance(exc, UserError) else 1
    except KeyboardInterrupt:
        return 130
    finally:
        for app in opened:
            app.close()




if __name__ == "__main__":
    sys.exit(main())
