"""Staff accounts, their roles and feature flags."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Enum, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, UUIDPrimaryKey, Versioned
from clinicdesk.domain.enums import Feature, Role


def enum_column(enum_cls, name: str):
    """Enums are stored as their value in a VARCHAR with a CHECK constraint."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Staff(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "staff"
    __table_args__ = (
        # Seed 004: never give one person both review features.
        CheckConstraint(
            "NOT (requires_review AND reviews_sessions)", name="review_flags_exclusive"
        ),
        CheckConstraint("failed_logins >= 0", name="failed_logins_nonnegative"),
    )

    username: Mapped[str] = mapped_column(String(64))
    # Case-insensitive uniqueness without relying on a collation both databases share.
    username_key: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    password_hash: Mapped[str] = mapped_column(String(255))
    licensed: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    manage_group_sessions: Mapped[bool] = mapped_column(Boolean, default=False)
    manage_templates: Mapped[bool] = mapped_column(Boolean, default=False)
    requires_review: Mapped[bool] = mapped_column(Boolean, default=False)
    reviews_sessions: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    # Created with a one-time password: the first log-in asks for the person's own.
    # Deferred: only logging in and the account screens read it, and every other query
    # of the staff row (one per service call) stays as it was before revision 0005.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), deferred=True
    )

    def has(self, feature: Feature) -> bool:
        return bool(getattr(self, feature.value))

    @property
    def features(self) -> frozenset[Feature]:
        return frozenset(f for f in Feature if self.has(f))
