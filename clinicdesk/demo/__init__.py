"""The demo clinic: realistic staff, clients, groups and sessions for trying ClinicDesk.

The accounts and ``is_demo_clinic`` are cheap (``accounts``); the builder imports most
services, so it loads only when one of its names is first used (the GUI's start-up
needs the accounts, never the builder).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clinicdesk.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccount, is_demo_clinic

if TYPE_CHECKING:
    from clinicdesk.demo.builder import DemoSummary, build_demo_clinic

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "DemoAccount",
    "DemoSummary",
    "build_demo_clinic",
    "is_demo_clinic",
]

_FROM_BUILDER = frozenset({"DemoSummary", "build_demo_clinic"})


def __getattr__(name: str) -> Any:
    if name in _FROM_BUILDER:
        from clinicdesk.demo import builder

        return getattr(builder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
