"""Reading an import file: the part every all-or-nothing CSV import shares.

UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), comma-separated, the
first line naming the columns (matched ignoring case, spaces and hyphens). File-level
problems (not UTF-8, semicolons or tabs instead of commas, an empty file, bad columns)
raise ``ValidationError``, which an import reports as one error on line 1; a line that
is not valid CSV or has the wrong number of cells becomes a ``RowError`` for that line
and reading goes on, so one report lists every problem. Blank lines are skipped.

The client import (``client_import``) and the outcome-score import (``outcomes``) read
their files through ``read_table``; what a row means is theirs to check.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _, ngettext

__all__ = [
    "RowError",
    "Table",
    "decode",
    "delimiter_problem",
    "header_problem",
    "normalise_header",
    "read_table",
]


@dataclass(frozen=True, slots=True)
class RowError:
    line: int  # line in the file (the header is line 1)
    field: str | None  # the column, or None for a problem with the whole row/file
    message: str


@dataclass(frozen=True, slots=True)
class Table:
    header: list[str]  # normalised column names
    raw_header: list[str]  # as written in the file
    rows: list[tuple[int, list[str]]]  # (line, cells), cells as many as header columns
    errors: list[RowError]  # lines that could not be read


def decode(data: bytes | str) -> str:
    """The file's text; ``ValidationError`` if it is not UTF-8."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _(
                "The file is not UTF-8 text. In Excel choose “CSV UTF-8 "
                "(comma delimited)” when saving, then import it again."
            )
        ) from None


def normalise_header(cells: list[str]) -> list[str]:
    """ "Record Number" and "record-number" both become "record_number"."""
    return [c.strip().lower().replace(" ", "_").replace("-", "_") for c in cells]


def delimiter_problem(raw: list[str]) -> str | None:
    """A sentence when a one-cell header shows the file uses semicolons or tabs."""
    if len(raw) == 1:
        for sep, label in ((";", _("semicolons (;)")), ("\t", _("tabs"))):
            if sep in raw[0]:
                return _(
                    "The columns are separated by {label}, not commas. Save the "
                    "file as comma-separated CSV (in Excel: “CSV UTF-8 (comma "
                    "delimited)”)."
                ).format(label=label)
    return None


def header_problem(
    header: list[str],
    raw: list[str],
    *,
    required: Sequence[str],
    known: Callable[[str], bool],
    columns: str,
) -> str | None:
    """The first line's problem, in the user's words: a required column missing, a column
    not ``known``, or one named twice; ``columns`` is the layout the message shows."""
    missing = [c for c in required if c not in header]
    if missing:
        return ngettext(
            "The file is missing the required column {missing}. The first line must name "
            "the columns: {columns}.",
            "The file is missing the required columns {missing}. The first line must name "
            "the columns: {columns}.",
            len(missing),
        ).format(missing=_(" and ").join(missing), columns=columns)
    unknown = [
        raw[i].strip() or _("(empty, column {n})").format(n=i + 1)
        for i, h in enumerate(header)
        if not known(h)
    ]
    if unknown:
        return ngettext(
            "Unknown column {unknown}. Allowed columns: {columns}.",
            "Unknown columns {unknown}. Allowed columns: {columns}.",
            len(unknown),
        ).format(unknown=", ".join(unknown), columns=columns)
    doubled = sorted({h for h in header if header.count(h) > 1})
    if doubled:
        return ngettext(
            "The column {columns} appears more than once.",
            "The columns {columns} appear more than once.",
            len(doubled),
        ).format(columns=", ".join(doubled))
    return None


def read_table(
    data: bytes | str,
    check_header: Callable[[list[str], list[str]], str | None],
    *,
    max_rows: int,
    too_many: str,
    empty: str,
) -> Table:
    """Decode and read ``data``; ``check_header(header, raw)`` returns a problem or None.

    ``too_many`` is the sentence for more than ``max_rows`` data lines, ``empty`` the one
    for a header without data lines. Both, and every file-level problem, are raised as
    ``ValidationError``.
    """
    reader = csv.reader(io.StringIO(decode(data), newline=""), strict=True)
    try:
        raw = next(reader, None)
    except csv.Error as exc:
        raise ValidationError(_("The file is not valid CSV ({exc}).").format(exc=exc)) from None
    if raw is None or not any(c.strip() for c in raw):
        raise ValidationError(_("The file is empty; the first line must name the columns."))
    header = normalise_header(raw)
    problem = delimiter_problem(raw) or check_header(header, raw)
    if problem:
        raise ValidationError(problem)
    rows: list[tuple[int, list[str]]] = []
    errors: list[RowError] = []
    last_line = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(
                RowError(
                    last_line + 1, None, _("This line is not valid CSV ({exc}).").format(exc=exc)
                )
            )
            break
        line, last_line = last_line + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue  # blank lines (often at the end of a file) are not data
        if len(rows) + len(errors) >= max_rows:
            raise ValidationError(too_many)
        if len(cells) != len(header):
            errors.append(
                RowError(
                    line,
                    None,
                    _(
                        "This line has {n_cells} values but the header has "
                        "{n_header} columns (check for a missing or extra comma)."
                    ).format(n_cells=len(cells), n_header=len(header)),
                )
            )
            continue
        rows.append((line, cells))
    if not rows and not errors:
        raise ValidationError(empty)
    return Table(header, raw, rows, errors)
