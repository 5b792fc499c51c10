"""The client handout: the client's own groups and upcoming sessions, to take home.

Each group's visibility decides what the client may learn about it:

* ``hidden`` (the default): the group is not mentioned at all - the client may not know
  they are in it (e.g. a caseload or risk-review group);
* ``members_see_group``: the group, its description and its staff are listed;
* ``members_see_each_other``: also the other current members who consented to be
  named, by sign-in name (given name + last-name initials), never their full names.

What each level reveals is decided in one place, ``clinicdesk.domain.disclosure``.
Upcoming sessions are the client's own enrolments, which they must know to attend, so
they are all listed with their time and place; a hidden group's session prints under a
neutral title and without its staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Spacer

from clinicdesk.domain.disclosure import disclose
from clinicdesk.domain.enums import ConsentStatus
from clinicdesk.domain.signin_names import display_given_name
from clinicdesk.i18n import N_, _
from clinicdesk.printing.blocks import data_table, heading, paragraphs, rule, title_block
from clinicdesk.printing.fonts import markup
from clinicdesk.printing.formatting import format_date, format_time_range
from clinicdesk.printing.labels import client_session_title, shared_kind_label
from clinicdesk.printing.layout import PageSize, Section, content_width, render, styles
from clinicdesk.printing.names import client_sort_key, signin_name
from clinicdesk.printing.records import ClientHandout, ClientInfo, HandoutGroup, HandoutSession
from clinicdesk.printing.text import Paragraph, isolate, join_isolated

__all__ = ["VisibleGroup", "build_client_handout", "visible_groups"]

TITLE = N_("Your groups and sessions")


@dataclass(frozen=True, slots=True)
class VisibleGroup:
    """What the handout may show of one group."""

    name: str
    description: str
    staff: tuple[str, ...]
    # None: the members are not to be shown; a tuple (possibly empty): show these.
    other_members: tuple[str, ...] | None
    unlisted_members: int = 0  # other members not named ("and N more")


def visible_groups(
    groups: Sequence[HandoutGroup], reader: ClientInfo, *, use_preferred: bool = False
) -> list[VisibleGroup]:
    """The groups the handout lists for ``reader``, each reduced to what they may see.

    Hidden groups are dropped. Visibility values may be plain strings ("hidden",
    "members_see_group", "members_see_each_other"); an unknown value raises ValueError
    rather than guessing, because guessing wrong would disclose a group. The reader is
    left out of the other members (matched by ``client_id``), and so is every member who
    has not consented to be named (``HandoutGroup.consenting``).
    """
    result: list[VisibleGroup] = []
    for group in sorted(groups, key=lambda g: g.name.casefold()):
        rule = disclose(
            group.visibility,
            (
                (m.client_id, ConsentStatus.GIVEN if m.client_id in group.consenting else None)
                for m in group.members
            ),
            reader_id=reader.client_id,
        )
        if not rule.group_name:
            continue
        others: tuple[str, ...] | None = None
        if rule.other_members:
            members = [m for m in group.members if m.client_id in rule.named_members]
            others = tuple(
                signin_name(member, use_preferred)
                for member in sorted(members, key=client_sort_key)
            )
        result.append(
            VisibleGroup(
                name=group.name,
                description=group.description,
                staff=tuple(group.staff) if rule.staff else (),
                other_members=others,
                unlisted_members=max(0, group.unlisted_members) if others is not None else 0,
            )
        )
    return result


def _group_flowables(group: VisibleGroup, width: float) -> list[Flowable]:
    sheet = styles()
    block: list[Flowable] = [Paragraph(markup(group.name, bold=True), sheet.subtitle)]
    if group.description.strip():
        block += paragraphs(group.description)
    staff = join_isolated(group.staff) if group.staff else _("To be announced")
    block.append(Paragraph(markup(_("Staff:") + " ", bold=True) + markup(staff), sheet.body))
    if group.other_members is not None:
        members = join_isolated(group.other_members) if group.other_members else ""
        if group.unlisted_members:
            n = group.unlisted_members
            members = (
                _("{names} and {n} more").format(names=members, n=n)
                if members
                else _("{n} more").format(n=n)
            )
        members = members or _("No other members yet")
        block.append(
            Paragraph(markup(_("Other members:") + " ", bold=True) + markup(members), sheet.body)
        )
    return [KeepTogether([*block, rule(thickness=0.4, space_before=2, space_after=8)])]


def _leaders(session: HandoutSession) -> tuple[str, ...]:
    """The session's staff, unless its group is hidden from its members."""
    if session.visibility is not None and not disclose(session.visibility).staff:
        return ()
    return session.leaders


def _handout_flowables(handout: ClientHandout, width: float, use_preferred: bool) -> list[Flowable]:
    sheet = styles()
    reader = handout.client
    given = display_given_name(reader.first_name, reader.preferred_name, True)
    reader_name = " ".join(part for part in (given, " ".join(reader.last_name.split())) if part)
    flowables = title_block(
        clinic_name=handout.clinic_name,
        doc_kind=_("Prepared {date}").format(date=format_date(handout.prepared_on)),
        title=_(TITLE),
        subtitle=_("For {name}").format(name=isolate(reader_name)),
        width=width,
    )
    flowables.append(rule(space_after=0))
    flowables.append(heading(_("Upcoming sessions")))
    sessions = sorted(handout.upcoming_sessions, key=lambda s: (s.starts_at, s.title))
    if sessions:
        rows: list[list[object]] = [
            [
                Paragraph(text, sheet.header_cell)
                for text in (_("Date"), _("Time"), _("Session"), _("Where"), _("With"))
            ]
        ]
        for session in sessions:
            rows.append(
                [
                    Paragraph(format_date(session.starts_at), sheet.cell),
                    Paragraph(
                        format_time_range(
                            session.starts_at, session.duration_minutes, with_duration=False
                        ),
                        sheet.cell,
                    ),
                    Paragraph(
                        markup(client_session_title(session.title, session.visibility)),
                        sheet.cell,
                    ),
                    Paragraph(markup(session.location or "\u2013"), sheet.cell),
                    Paragraph(markup(join_isolated(_leaders(session)) or "\u2013"), sheet.cell),
                ]
            )
        shares = (0.19, 0.15, 0.28, 0.18, 0.2)
        flowables.append(data_table(rows, col_widths=[width * share for share in shares]))
    else:
        flowables.append(Paragraph(_("You have no upcoming sessions."), sheet.muted))
    flowables.append(heading(_("Your groups")))
    groups = visible_groups(handout.groups, reader, use_preferred=use_preferred)
    if groups:
        for group in groups:
            flowables += _group_flowables(group, width)
    else:
        flowables.append(Paragraph(_("No groups to show."), sheet.muted))
    if handout.shared_items:
        flowables += _shared_flowables(handout, width)
    if handout.clinic_contact.strip():
        flowables += [
            Spacer(1, 10),
            Paragraph(
                markup(_("Questions or need to cancel?") + " ")
                + markup(handout.clinic_contact, bold=True),
                sheet.body,
            ),
        ]
    return flowables


def _shared_flowables(handout: ClientHandout, width: float) -> list[Flowable]:
    """Issue 18: what the client's groups shared with them (retracted items never reach
    the record, so they cannot print)."""
    sheet = styles()
    rows: list[list[object]] = [
        [
            Paragraph(text, sheet.header_cell)
            for text in (_("Shared"), _("What"), _("Title"), _("File"))
        ]
    ]
    for item in handout.shared_items:
        rows.append(
            [
                Paragraph(format_date(item.shared_on), sheet.cell),
                Paragraph(markup(shared_kind_label(item.kind)), sheet.cell),
                Paragraph(markup(item.title), sheet.cell),
                Paragraph(markup(item.filename or "\u2013"), sheet.cell),
            ]
        )
    shares = (0.17, 0.15, 0.4, 0.28)
    return [
        heading(_("Shared with you")),
        data_table(rows, col_widths=[width * share for share in shares]),
    ]


def build_client_handout(
    handout: ClientHandout, *, use_preferred: bool = False, page_size: PageSize = PageSize.A4
) -> bytes:
    """The client's handout as PDF bytes, with each group shown as its visibility allows.

    ``use_preferred`` decides how other members are named (the clinic's sign-in setting);
    the reader is always addressed by their preferred name when one is recorded.
    """
    page_size = PageSize(page_size)
    width = content_width(page_size)
    reader = handout.client
    name = display_given_name(reader.first_name, reader.preferred_name, True)
    return render(
        [
            Section(
                flowables=_handout_flowables(handout, width, use_preferred),
                running_title=f"{_(TITLE)} \u00b7 {isolate(name)}",
            )
        ],
        page_size=page_size,
        title=_(TITLE),
        clinic_name=handout.clinic_name,
        footer_note=_("Personal \u2014 prepared for {name}. Please keep it private.").format(
            name=isolate(name)
        ),
    )
