"""One label table per vocabulary: every member labelled, screen and print agree."""

from __future__ import annotations

import pytest

from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.printing import labels as print_labels
from ui import labels as gui_labels


@pytest.mark.parametrize(
    ("enum", "table"),
    [
        *((e, t) for e, t in gui_labels.TABLES.items()),
        *((e, t) for e, t in print_labels.TABLES.items()),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_every_member_has_a_label(enum, table):
    assert set(table) == set(enum)
    assert all(isinstance(text, str) and text.strip() for text in table.values())


def test_screen_and_print_say_the_same_for_what_both_show():
    for enum, printed in print_labels.TABLES.items():
        assert gui_labels.TABLES[enum] == printed, enum.__name__


def test_unrecorded_attendance_reads_the_same_on_screen_and_on_paper(qapp):
    assert gui_labels.attendance(None) == print_labels.attendance_label(None) == "Not recorded"
    for status in AttendanceStatus:
        assert gui_labels.attendance(status) == print_labels.attendance_label(status)
