"""Type names for SQLAlchemy expressions the services pass around (mypy, strict).

``AnySelect`` is a SELECT whose columns the signature does not pin down (a reach
subquery, a query being narrowed); ``ClientColumn`` a client-id column or mapped
attribute (``Enrolment.client_id``) a condition is built on. The helpers give the
few places SQLAlchemy's stubs type loosely one typed spelling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, cast

from sqlalchemy import ColumnElement, Result, Select, Table
from sqlalchemy.engine import URL
from sqlalchemy.orm import QueryableAttribute, Session

from clinicdesk.db.base import Base

if TYPE_CHECKING:
    from sqlalchemy import CursorResult

AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"
ClientColumn: TypeAlias = "ColumnElement[Any] | QueryableAttribute[Any]"


def table_of(model: type[Base]) -> Table:
    """A mapped class's table, typed as one (``__table__`` is typed as any FROM clause)."""
    return cast(Table, model.__table__)


def rowcount(result: Result[*tuple[Any, ...]]) -> int:
    """Rows an UPDATE/DELETE matched (``execute`` of DML returns a ``CursorResult``)."""
    return cast("CursorResult[*tuple[Any, ...]]", result).rowcount or 0


def url_of(session: Session) -> URL:
    """The database URL a session is bound to (services bind sessions to an engine)."""
    bind = session.get_bind()
    return bind.engine.url
