"""Outcome measures on the command line (the same services as the GUI).

* ``clinicdesk outcomes measures [--archived]`` - the catalogue;
* ``clinicdesk outcomes compare --measure NAME --group A --group B [--from D] [--to D]
  [--json] [--out report.pdf] [--csv summary.csv]`` - groups compared; ``--json`` is a
  list with one object per group (suppressed values null, ``"suppressed": true``);
* ``clinicdesk import outcomes FILE.csv`` - all or nothing, every rejected row listed;
* ``clinicdesk export outcomes --out FILE.csv [--measure NAME] [--group NAME]…
  [--from D] [--to D]`` - one row per score with the groups of its date.

A group is named as people know it (``--group NAME``: one group's name, ignoring case
and accents); a measure as the catalogue names it ("PHQ-9") or by a clinic measure's
name. Errors are one line with exit 1; usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from clinicdesk.cli.context import CommandContext, parse_date
from clinicdesk.cli.files import writable_target, write_atomically
from clinicdesk.cli.lookup import group_id_by_name
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outcomes import GroupOutcome, MeasureDefinition
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import outcomes

MEASURE_FIELDS = [
    "name",
    "title",
    "entry",
    "min_total",
    "max_total",
    "direction",
    "cutoff",
    "reliable_change",
    "standard",
    "archived",
    "scores",
]
COMPARE_FIELDS = [
    "group",
    "n",
    "mean_baseline",
    "mean_latest",
    "mean_change",
    "ci_low",
    "ci_high",
    "improved",
    "unchanged",
    "deteriorated",
    "recovered",
    "suppressed",
]


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("outcomes", help=_("outcome measures: the catalogue, groups compared"))
    sub = p.add_subparsers(dest="outcomes_command", metavar="ACTION", required=True)
    q = sub.add_parser("measures", parents=[common], help=_("list the outcome measures"))
    q.add_argument("--archived", action="store_true", help=_("include archived clinic measures"))
    q.set_defaults(handler=list_measures)

    q = sub.add_parser(
        "compare",
        parents=[common],
        help=_("compare groups on a measure (baseline, latest, change, reliable change)"),
    )
    q.add_argument("--measure", required=True, metavar="NAME", help=_('e.g. "PHQ-9"'))
    q.add_argument(
        "--group",
        dest="groups",
        action="append",
        required=True,
        metavar="NAME",
        help=_("a group to compare (repeat for each group)"),
    )
    q.add_argument("--from", dest="start", type=parse_date, default=None, metavar="D")
    q.add_argument("--to", dest="end", type=parse_date, default=None, metavar="D")
    q.add_argument("--out", type=Path, default=None, metavar="FILE.pdf", help=_("also print a PDF"))
    q.add_argument(
        "--csv", type=Path, default=None, metavar="FILE.csv", help=_("also write the table as CSV")
    )
    q.set_defaults(handler=compare)


def add_import(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``clinicdesk import outcomes FILE.csv``."""
    q = sub.add_parser(
        "outcomes", parents=[common], help=_("import outcome scores from CSV (all or nothing)")
    )
    q.add_argument("file", type=Path)
    q.set_defaults(handler=import_scores)


def add_export(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``clinicdesk export outcomes --out FILE.csv …``."""
    q = sub.add_parser("outcomes", parents=[common], help=_("outcome scores as CSV"))
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--measure", default=None, metavar="NAME")
    q.add_argument(
        "--group",
        dest="groups",
        action="append",
        default=[],
        metavar="NAME",
        help=_("scores taken while the client was in this group (repeatable)"),
    )
    q.add_argument("--from", dest="start", type=parse_date, default=None, metavar="D")
    q.add_argument("--to", dest="end", type=parse_date, default=None, metavar="D")
    q.set_defaults(handler=export_scores)


def _rci_text(measure: MeasureDefinition) -> str:
    points = measure.reliable_change_points
    return f"{points} points" if points is not None else ""


def list_measures(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    rows = [
        {
            "name": m.name,
            "title": m.definition.title,
            "entry": m.definition.entry_mode.value,
            "min_total": m.definition.min_total,
            "max_total": m.definition.max_total,
            "direction": m.definition.direction.value,
            "cutoff": m.definition.cutoff,
            "reliable_change": _rci_text(m.definition),
            "standard": m.standard,
            "archived": m.archived,
            "scores": m.scores if not m.standard else None,
        }
        for m in outcomes.list_measures(ctx.db, actor, include_archived=args.archived)
    ]
    ctx.emit(rows, MEASURE_FIELDS)
    return 0


def _cell(outcome: GroupOutcome, field: str, available: bool) -> object:
    value = getattr(outcome, field)
    if outcome.is_suppressed(field):
        return "hidden"
    if not available:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.1f}"
    return value


def compare(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out) if args.out is not None else None
    csv_out = writable_target(args.csv) if args.csv is not None else None
    actor = ctx.login()
    group_ids = [group_id_by_name(ctx.db, actor, name) for name in args.groups]
    result = outcomes.compare_groups(
        ctx.db,
        actor,
        measure=args.measure,
        group_ids=group_ids,
        start=args.start,
        end=args.end,
        details=False,
    )
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        definition = result.measure.definition
        available = {
            "improved": definition.has_rci,
            "unchanged": definition.has_rci,
            "deteriorated": definition.has_rci,
            "recovered": definition.has_recovery,
        }
        rows = [
            {
                "group": o.group,
                **{f: _cell(o, f, available.get(f, True)) for f in COMPARE_FIELDS[1:-1]},
                "suppressed": o.suppressed,
            }
            for o in result.outcomes
        ]
        ctx.emit(rows, COMPARE_FIELDS)
        if result.min_cell > 1:
            ctx.say(
                _(
                    "Figures about fewer than {min_cell} clients are hidden "
                    "(“hidden”; a whole group: every value)."
                ).format(min_cell=result.min_cell)
            )
        if result.restricted:
            ctx.say(_("Only clients whose files you can open are counted."))
    if csv_out is not None:
        write_atomically(csv_out, outcomes.comparison_summary_csv(result).encode("utf-8"))
        ctx.say(_("Wrote the table to {csv_out}.").format(csv_out=csv_out))
    if out is not None:
        pdf = outcomes.comparison_report_pdf(
            ctx.db, actor, measure=args.measure, group_ids=group_ids, start=args.start, end=args.end
        )
        write_atomically(out, pdf)
        ctx.say(_("Wrote the outcome report to {out}.").format(out=out))
    return 0


def import_scores(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("Cannot read {file}: {strerror}.").format(file=args.file, strerror=exc.strerror)
        ) from exc
    report = outcomes.import_scores_csv(ctx.db, actor, data)
    if not report.ok:
        rows = [{"line": e.line, "field": e.field, "message": e.message} for e in report.rejected]
        ctx.emit(rows, ["line", "field", "message"])
        raise ValidationError(
            ngettext(
                "{n} problem in the file; nothing was imported. Fix it and import the file again.",
                "{n} problems in the file; nothing was imported. Fix them and import the "
                "file again.",
                len(report.rejected),
            ).format(n=len(report.rejected))
        )
    ctx.say(_("Imported {imported} scores.").format(imported=report.imported))
    return 0


def export_scores(ctx: CommandContext, args: argparse.Namespace) -> int:
    target = writable_target(args.out)
    actor = ctx.login()
    group_ids = [group_id_by_name(ctx.db, actor, name) for name in args.groups]
    text = outcomes.export_scores_csv(
        ctx.db, actor, measure=args.measure, group_ids=group_ids, start=args.start, end=args.end
    )
    write_atomically(target, text.encode("utf-8"))
    ctx.say(
        _("Wrote {count} scores to {target}.").format(
            count=max(0, text.count(chr(10)) - 1), target=target
        )
    )
    return 0
