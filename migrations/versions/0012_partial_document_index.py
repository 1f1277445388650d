"""ix_movements_document_id holds only the movements that belong to a document.

Hand-outs, most of the ledger, belong to none: their NULLs took one B-tree insert per
movement written (every hand-out, every bundle import) and were never looked up, since
every query of this index asks for one document. A partial index serves those queries
(``document_id = ?`` implies ``IS NOT NULL``, on SQLite and PostgreSQL alike).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WHERE = sa.text("document_id IS NOT NULL")


def upgrade() -> None:
    # Plain index statements: batch mode would rebuild movements and drop its triggers.
    op.drop_index("ix_movements_document_id", table_name="movements")
    op.create_index("ix_movements_document_id", "movements", ["document_id"],
                    sqlite_where=_WHERE, postgresql_where=_WHERE)


def downgrade() -> None:
    op.drop_index("ix_movements_document_id", table_name="movements")
    op.create_index("ix_movements_document_id", "movements", ["document_id"])
