"""The group-session lifecycle (seed 004): board, start, document, sign, review, addenda.

Upcoming → In progress → (Pending review →) Completed, or Cancelled. The rules of
who may do what, and when, are pure functions in ``clinicdesk.domain.session_rules``;
this package loads the session, applies them, makes the change and audits it.

Sealing: every signature carries the sha256 of a canonical JSON of the documented
content (date, duration, leaders, group note, each attendee's attendance and note);
when the last leader signs, the session is locked and ``GroupSession.content_hash`` is
set. ``verify_session_integrity`` recomputes it, so a direct database edit of a signed
note is detected. Once any leader has signed, the content is frozen (otherwise an
earlier signature would cover text its signer never saw).

Password re-entry for signatures goes through ``auth.confirm_password``, which runs
in its own transaction on purpose: a wrong password must be counted toward the
lockout and audited even though the signature itself is not written.

Who sees what of a session is the reachability rule (``authz.reach``): the roster
lists the attendees whose directory entry the viewer sees (``Purpose.DIRECTORY``);
individual notes, addenda and signed attendance only of the attendees whose records in
*this* session the viewer reaches (``Purpose.SESSION``: a file route, or leading or
reviewing the session); the group note (part of every attendee's chart entry) when
that covers at least one attendee, the session-note printout when it covers them all.
Clinical content is read, written and signed only by clinical roles.

The package, by sub-domain (``from clinicdesk.services import sessions; sessions.X``
stays the way to call every action):

- ``records``: the frozen records (``SessionCard``, ``SessionDetail``, ``RosterRow`` …);
- ``common``: in-transaction helpers — loading, the permission/state guards
  (``_for_change``), the one ``SessionDetail`` builder and the one roster-row builder;
- ``board``: the day board, lists, one session opened;
- ``lifecycle``: create, start (caseload therapists as co-leaders), cancel;
- ``leaders``: reassign the leader, add and remove co-leaders;
- ``documenting``: attendance, notes (``save_notes``), the documented date;
- ``signing``: sign (minutes attended and privacy checks), review, addenda, the
  integrity check.

The in-transaction helpers other services build on (``session_attendance``,
``time_attended``) are re-exported here too: ``_for_change``, ``_touch``, ``_detail``,
``_enrolment``, ``_roster_row``.
"""

from __future__ import annotations

from clinicdesk.services.seals import content_hash
from clinicdesk.services.session_history import AddendumView, SignatureView
from clinicdesk.services.sessions.board import board, get_session, list_sessions
from clinicdesk.services.sessions.common import NOTE_MAX as NOTE_MAX
from clinicdesk.services.sessions.common import _deny as _deny
from clinicdesk.services.sessions.common import _detail as _detail
from clinicdesk.services.sessions.common import _for_change as _for_change
from clinicdesk.services.sessions.common import _roster_row as _roster_row
from clinicdesk.services.sessions.common import _touch as _touch
from clinicdesk.services.sessions.documenting import (
    IndividualNoteEdit,
    SavedNotes,
    change_session_date,
    record_attendance,
    save_notes,
    set_group_note,
    set_individual_note,
)
from clinicdesk.services.sessions.documenting import _enrolment as _enrolment
from clinicdesk.services.sessions.leaders import add_co_leader, reassign_leader, remove_co_leader
from clinicdesk.services.sessions.lifecycle import cancel_session, create_session, start_session
from clinicdesk.services.sessions.records import LeaderRow, RosterRow, SessionCard, SessionDetail
from clinicdesk.services.sessions.signing import (
    add_addendum,
    review_session,
    sign_session,
    verify_session_integrity,
)

__all__ = [
    "AddendumView",
    "IndividualNoteEdit",
    "LeaderRow",
    "RosterRow",
    "SavedNotes",
    "SessionCard",
    "SessionDetail",
    "SignatureView",
    "add_addendum",
    "add_co_leader",
    "board",
    "cancel_session",
    "change_session_date",
    "content_hash",
    "create_session",
    "get_session",
    "list_sessions",
    "reassign_leader",
    "record_attendance",
    "remove_co_leader",
    "review_session",
    "save_notes",
    "set_group_note",
    "set_individual_note",
    "sign_session",
    "start_session",
    "verify_session_integrity",
]
