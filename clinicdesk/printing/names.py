"""How printouts name clients: full names for staff documents, sign-in names for the rest."""

from __future__ import annotations

import unicodedata

from clinicdesk.domain.signin_names import display_given_name, initials, signin_display_name
from clinicdesk.domain.signin_names import surname_sort_key as _surname_sort_key
from clinicdesk.printing.bidi import FSI, PDI
from clinicdesk.printing.records import ClientInfo
from clinicdesk.printing.text import has_rtl

__all__ = ["client_sort_key", "full_name", "signin_name"]


def full_name(client: ClientInfo) -> str:
    """Legal name for staff-facing documents, preferred name in parentheses when it differs.

    "María García López (Mari)": notes and reports are part of the clinical record, where
    the legal name identifies the client and the preferred name is how staff address them.
    """
    first = display_given_name(client.first_name, None, False)
    last = " ".join(unicodedata.normalize("NFC", client.last_name).split())
    legal = " ".join(part for part in (first, last) if part)
    preferred = display_given_name(client.first_name, client.preferred_name, True)
    return f"{legal} ({preferred})" if preferred and preferred != first else legal


def signin_name(client: ClientInfo, use_preferred: bool) -> str:
    """The client's sign-in name (given name + last-name initials), ready to print.

    When either part is right-to-left, the initials are isolated (FSI ... PDI) so each
    part keeps its own direction and its dot: "Anna خ." prints the dot to the left of
    the Arabic letter, "محمد al-H." keeps "al-H." whole after the Arabic given name.
    """
    name = signin_display_name(
        client.first_name, client.last_name, client.preferred_name, use_preferred
    )
    given = display_given_name(client.first_name, client.preferred_name, use_preferred)
    last = initials(client.last_name)
    if given and last and (has_rtl(given) or has_rtl(last)):
        return f"{given} {FSI}{last}{PDI}"
    return name


def client_sort_key(client: ClientInfo) -> tuple[tuple[str, str, str, str], str]:
    """Last-name order, accent- and case-blind, lowercase particles ignored."""
    return _surname_sort_key(client.last_name, client.first_name), client.client_id
