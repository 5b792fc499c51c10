"""Group letters (issue 17): one personalised letter per member, and all in one PDF.

A letter is the desktop form of a group message (seed 000: the only way members of a
hidden group learn of it). The writer writes one title and body; each member's copy
adds the clinic's letterhead, a salutation with their preferred name, and their own next
sessions. What a copy may reveal about the group follows
``clinicdesk.domain.disclosure`` — the same rule as the handout:

* hidden: no group name, no session titles (a neutral wording), no staff, no members;
  the letter is signed by the clinic;
* members see the group: the group's name and its staff; session titles;
* members see each other: also the other members who consented to be named.

``letter_copies`` applies the rule (pure, testable); ``build_letters`` lays the copies
out; ``copy_text`` is the plain text kept in each member's file. The preview in the GUI
renders the same PDF pages, so the writer sees exactly what each member receives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, KeepTogether, Spacer

from clinicdesk.domain.disclosure import disclose
from clinicdesk.domain.enums import ConsentStatus, Visibility
from clinicdesk.domain.signin_names import display_given_name
from clinicdesk.i18n import _
from clinicdesk.printing.blocks import heading, paragraphs, rule
from clinicdesk.printing.fonts import markup
from clinicdesk.printing.formatting import format_date, format_date_long, format_time_range
from clinicdesk.printing.labels import client_session_title
from clinicdesk.printing.layout import PageSize, Section, content_width, render, styles
from clinicdesk.printing.names import client_sort_key, signin_name
from clinicdesk.printing.records import ClientInfo, HandoutSession
from clinicdesk.printing.text import Paragraph, isolate, join_isolated

__all__ = [
    "LetterCopy",
    "LetterGroup",
    "LetterSession",
    "build_letters",
    "copy_text",
    "letter_copies",
]


@dataclass(frozen=True, slots=True)
class LetterGroup:
    """The group written to, with everything a copy *might* show (the rule trims it)."""

    name: str
    visibility: Visibility
    staff: tuple[str, ...] = ()
    members: tuple[ClientInfo, ...] = ()  # current members, each gets a copy
    consenting: frozenset[str] = frozenset()  # client ids who agreed to be named


@dataclass(frozen=True, slots=True)
class LetterSession:
    """One of the reader's next sessions, as the reader may see it."""

    starts_at: datetime
    duration_minutes: int
    title: str
    location: str
    staff: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LetterCopy:
    """One member's letter, already reduced to what they may read."""

    client_id: str
    addressee: str  # "Zoë Smith-Jones" (preferred name first)
    salutation: str  # "Dear Zo,"
    title: str
    body: str
    dated: date
    clinic_name: str
    clinic_address: str
    group_name: str | None  # None: the group may not be named
    staff: tuple[str, ...]
    other_members: tuple[str, ...] | None  # None: no members list at all
    sessions: tuple[LetterSession, ...]
    signed_by: str


def letter_copies(
    group: LetterGroup,
    *,
    title: str,
    body: str,
    dated: date,
    clinic_name: str,
    clinic_address: str = "",
    writer: str = "",
    sessions: Mapping[str, Sequence[HandoutSession]] | None = None,
    use_preferred: bool = False,
    only: str | None = None,
) -> list[LetterCopy]:
    """Each member's copy (or only the member ``only``), in directory order."""
    sessions = sessions or {}
    copies: list[LetterCopy] = []
    for member in sorted(group.members, key=client_sort_key):
        if only is not None and member.client_id != only:
            continue
        rule = disclose(
            group.visibility,
            (
                (m.client_id, ConsentStatus.GIVEN if m.client_id in group.consenting else None)
                for m in group.members
            ),
            reader_id=member.client_id,
        )
        others: tuple[str, ...] | None = None
        if rule.other_members:
            named = [m for m in group.members if m.client_id in rule.named_members]
            others = tuple(
                signin_name(m, use_preferred) for m in sorted(named, key=client_sort_key)
            )
        given = display_given_name(member.first_name, member.preferred_name, True)
        addressee = " ".join(p for p in (given, " ".join(member.last_name.split())) if p)
        own = sorted(sessions.get(member.client_id, ()), key=lambda x: (x.starts_at, x.title))
        copies.append(
            LetterCopy(
                client_id=member.client_id,
                addressee=addressee,
                salutation=_("Dear {name},").format(name=given),
                title=title,
                body=body,
                dated=dated,
                clinic_name=clinic_name,
                clinic_address=clinic_address,
                group_name=group.name if rule.group_name else None,
                staff=tuple(group.staff) if rule.staff else (),
                other_members=others,
                sessions=tuple(_session(x) for x in own),
                # A hidden group's letter is signed by the clinic: a staff name could
                # tell the member which kind of group this is.
                signed_by=writer if (rule.staff and writer) else clinic_name,
            )
        )
    return copies


def _session(x: HandoutSession) -> LetterSession:
    staff = x.leaders if (x.visibility is None or disclose(x.visibility).staff) else ()
    return LetterSession(
        x.starts_at,
        x.duration_minutes,
        client_session_title(x.title, x.visibility),
        x.location,
        tuple(staff),
    )


def copy_text(copy: LetterCopy) -> str:
    """The copy as plain text: what is kept in the member's file."""
    lines = [copy.clinic_name]
    if copy.clinic_address:
        lines.append(copy.clinic_address)
    lines += ["", format_date_long(copy.dated), copy.addressee, "", copy.title, ""]
    lines += [copy.salutation, "", copy.body.strip(), ""]
    if copy.sessions:
        lines.append(_("Your next sessions:"))
        for x in copy.sessions:
            hours = format_time_range(x.starts_at, x.duration_minutes, with_duration=False)
            when = f"{format_date(x.starts_at)} {hours}"
            parts = [when, x.title, x.location, ", ".join(x.staff)]
            lines.append("- " + " · ".join(p for p in parts if p))
        lines.append("")
    if copy.group_name is not None:
        lines.append(_("Group:") + " " + copy.group_name)
        if copy.staff:
            lines.append(_("Staff:") + " " + ", ".join(copy.staff))
    if copy.other_members:
        lines.append(_("Other members:") + " " + ", ".join(copy.other_members))
    lines += ["", _("With kind regards,"), copy.signed_by]
    return "\n".join(lines).strip() + "\n"


def _flowables(copy: LetterCopy, width: float) -> list[Flowable]:
    sheet = styles()
    out: list[Flowable] = [Paragraph(markup(copy.clinic_name, bold=True), sheet.title)]
    if copy.clinic_address:
        out.append(Paragraph(markup(copy.clinic_address), sheet.muted))
    out += [
        rule(space_after=8),
        Paragraph(markup(format_date_long(copy.dated)), sheet.body),
        Paragraph(markup(copy.addressee), sheet.body),
        Spacer(1, 10),
        Paragraph(markup(copy.title, bold=True), sheet.subtitle),
        Spacer(1, 4),
        Paragraph(markup(copy.salutation), sheet.body),
        Spacer(1, 4),
    ]
    for block in paragraphs(copy.body, empty=""):
        out += [block, Spacer(1, 4)]
    if copy.sessions:
        # One line per session, not a table: a letter reads better, and a 40-member
        # batch builds in a third of the time (tables cost a paragraph per cell).
        out.append(heading(_("Your next sessions")))
        for x in copy.sessions:
            hours = format_time_range(x.starts_at, x.duration_minutes, with_duration=False)
            rest = [x.title, x.location]
            if x.staff:
                rest.append(_("with {staff}").format(staff=join_isolated(x.staff)))
            out.append(
                Paragraph(
                    markup(f"{format_date(x.starts_at)}, {hours}", bold=True)
                    + markup(" \u2014 " + " \u00b7 ".join(p for p in rest if p)),
                    sheet.body,
                )
            )
    if copy.group_name is not None:
        block: list[Flowable] = [
            Spacer(1, 8),
            Paragraph(markup(_("Group:") + " ", bold=True) + markup(copy.group_name), sheet.body),
        ]
        if copy.staff:
            block.append(
                Paragraph(
                    markup(_("Staff:") + " ", bold=True) + markup(join_isolated(copy.staff)),
                    sheet.body,
                )
            )
        if copy.other_members is not None:
            names = join_isolated(copy.other_members) or _(
                "No other members have agreed to be named."
            )
            block.append(
                Paragraph(markup(_("Other members:") + " ", bold=True) + markup(names), sheet.body)
            )
        out.append(KeepTogether(block))
    out += [
        Spacer(1, 14),
        Paragraph(markup(_("With kind regards,")), sheet.body),
        Paragraph(markup(copy.signed_by), sheet.body),
    ]
    return out


def build_letters(copies: Sequence[LetterCopy], *, page_size: PageSize = PageSize.A4) -> bytes:
    """The copies in one PDF, each starting on a new page with its own page numbers."""
    if not copies:
        raise ValueError(_("A letter needs at least one copy."))
    page_size = PageSize(page_size)
    width = content_width(page_size)
    return render(
        [
            Section(flowables=_flowables(c, width), running_title=isolate(c.addressee))
            for c in copies
        ],
        page_size=page_size,
        title=_("Letter"),
        clinic_name=copies[0].clinic_name,
        footer_note=_("Personal \u2014 please keep it private."),
    )
