"""Inserting new rows without the ORM's unit of work, still chained in the audit trail.

A hand-out writes a distribution, its lines and their movements: through the ORM flush
that is about a third of a scan's time (change tracking, per-object INSERT bookkeeping,
the flush listener inspecting each instance). :func:`insert_rows` writes them with one
``executemany`` per table, appends their audit entries with :func:`audit.record`, and
hands back ordinary persistent instances (attached without a SELECT), so callers and
later queries in the same session see them as if they had been flushed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session, make_transient_to_detached

from . import audit

M = TypeVar("M")


def insert_rows(session: Session, model: type[M], rows: Sequence[dict[str, Any]]) -> list[M]:
    """INSERT ``rows`` (every column given, keyed by column name, which is also the
    attribute name on our models) into ``model``'s table, in order; chain them in the
    audit trail if the table is audited; return them as persistent instances.

    Pending ORM objects are flushed first, so that rows they own (a receipt's document)
    exist before rows that refer to them.
    """
    if not rows:
        return []
    session.flush()
    table: Table = model.__table__  # type: ignore[attr-defined]
    session.connection().execute(insert(table), list(rows))
    if audit.is_audited_table(table):
        audit.record(session, "insert", table, rows)
    out = []
    for row in rows:
        obj = model(**row)
        make_transient_to_detached(obj)
        session.add(obj)
        out.append(obj)
    return out
