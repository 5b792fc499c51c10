"""The group's printout (issue 18): its current members and its waitlist, in order.

Members by last name with their joining date; then the waitlist in line order with
the date each client was added, days waited and any priority (its reason is not
printed: it may be clinical). Names as recorded (this is a staff list, not a sign-in
sheet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, Spacer

from clinicdesk.i18n import _
from clinicdesk.printing.blocks import data_table, details_grid, heading, rule, title_block
from clinicdesk.printing.fonts import markup
from clinicdesk.printing.formatting import format_date
from clinicdesk.printing.layout import PageSize, Section, content_width, render, styles
from clinicdesk.printing.names import full_name
from clinicdesk.printing.records import ClientInfo
from clinicdesk.printing.text import Paragraph

__all__ = ["GroupRoster", "RosterMember", "RosterWaiting", "build_group_roster"]


@dataclass(frozen=True, slots=True)
class RosterMember:
    client: ClientInfo
    joined_on: date


@dataclass(frozen=True, slots=True)
class RosterWaiting:
    client: ClientInfo
    position: int
    added_at: datetime
    priority: int


@dataclass(frozen=True, slots=True)
class GroupRoster:
    clinic_name: str
    group_name: str
    capacity: int | None
    printed_on: date
    members: tuple[RosterMember, ...]
    waiting: tuple[RosterWaiting, ...]
    hidden_members: int = 0  # members the printer may not see: counted, not named
    hidden_waiting: int = 0


def _cell(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().cell)


def _members_table(roster: GroupRoster, width: float) -> list[Flowable]:
    style = styles()
    if not roster.members:
        return [Paragraph(_("No current members."), style.muted)]
    rows: list[list[object]] = [["#", _("Name"), _("Record number"), _("Joined")]]
    for n, m in enumerate(roster.members, start=1):
        rows.append(
            [
                str(n),
                _cell(full_name(m.client)),
                _cell(m.client.record_number),
                format_date(m.joined_on),
            ]
        )
    shares = (0.07, 0.5, 0.23, 0.2)
    return [data_table(rows, col_widths=[width * s for s in shares], numeric_columns=(0,))]


def _waiting_table(roster: GroupRoster, width: float) -> list[Flowable]:
    style = styles()
    if not roster.waiting:
        return [Paragraph(_("Nobody is waiting."), style.muted)]
    rows: list[list[object]] = [
        ["#", _("Name"), _("Record number"), _("Added"), _("Days"), _("Priority")]
    ]
    for w in roster.waiting:
        rows.append(
            [
                str(w.position),
                _cell(full_name(w.client)),
                _cell(w.client.record_number),
                format_date(w.added_at),
                str(max(0, (roster.printed_on - w.added_at.date()).days)),
                str(w.priority) if w.priority else "",
            ]
        )
    shares = (0.06, 0.34, 0.18, 0.2, 0.1, 0.12)
    return [data_table(rows, col_widths=[width * s for s in shares], numeric_columns=(0, 4, 5))]


def build_group_roster(roster: GroupRoster, *, page_size: PageSize = PageSize.A4) -> bytes:
    """The group's members and waitlist as PDF bytes."""
    page_size = PageSize(page_size)
    width = content_width(page_size)
    style = styles()
    members = len(roster.members) + roster.hidden_members
    waiting = len(roster.waiting) + roster.hidden_waiting
    flow: list[Flowable] = title_block(
        clinic_name=roster.clinic_name,
        doc_kind=_("Group members and waitlist"),
        title=roster.group_name,
        subtitle="",
        width=width,
    )
    flow.append(rule(space_after=6))
    flow.append(
        details_grid(
            [
                (_("Printed"), format_date(roster.printed_on)),
                (
                    _("Capacity"),
                    _("No limit") if roster.capacity is None else str(roster.capacity),
                ),
                (_("Members"), str(members)),
                (_("Waiting"), str(waiting)),
            ],
            width=width,
            columns=4,
        )
    )
    flow.append(heading(_("Members")))
    flow.extend(_members_table(roster, width))
    if roster.hidden_members:
        flow.append(
            Paragraph(_("and {n} more (not shown).").format(n=roster.hidden_members), style.muted)
        )
    flow.append(Spacer(1, 10))
    flow.append(heading(_("Waitlist")))
    flow.extend(_waiting_table(roster, width))
    if roster.hidden_waiting:
        flow.append(
            Paragraph(_("and {n} more (not shown).").format(n=roster.hidden_waiting), style.muted)
        )
    return render(
        [
            Section(
                flowables=flow, running_title=_("Members: {name}").format(name=roster.group_name)
            )
        ],
        page_size=page_size,
        title=_("Members and waitlist \u2014 {name}").format(name=roster.group_name),
        clinic_name=roster.clinic_name,
        footer_note=_("Confidential \u2014 contains client information"),
    )
