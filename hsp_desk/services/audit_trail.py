"""``hsp-desk verify``'s audit check: the hash chain is whole and every audited row is
exactly what the application last wrote (see ``hsp_desk.store.audit``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Table, inspect
from sqlalchemy.orm import Session

from ..store import audit
from ..store.models import Base

if TYPE_CHECKING:
    from .verify import Problem


def check_audit_trail(session: Session, since: audit.ChainPoint | None = None) -> list[Problem]:
    """The whole trail, or (``since``) the entries after an earlier clean check."""
    from .verify import Problem  # verify imports this module for its CHECKS list

    tables = audited_tables_present(session)
    return [Problem(f.where, f.what) for f in audit.verify_trail(session.connection(), tables, since)]


def audited_tables_present(session: Session) -> list[Table]:
    """The audited tables this database has (an older schema may lack newer ones)."""
    present = set(inspect(session.connection()).get_table_names())
    return [t for t in audit.audited_tables(Base.metadata.sorted_tables) if t.name in present]
