"""The demo clinic: realistic staff, clients, groups and sessions for trying ClinicDesk."""

from clinicdesk.demo.builder import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DemoAccount,
    DemoSummary,
    build_demo_clinic,
    is_demo_clinic,
)

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "DemoAccount",
    "DemoSummary",
    "build_demo_clinic",
    "is_demo_clinic",
]
