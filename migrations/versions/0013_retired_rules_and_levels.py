"""Entitlement rules and reorder levels are retired, not deleted (``retired_at``).

A deleted row cannot travel in a sync bundle (a bundle carries rows, and a deleted row
has none): a rule a branch manager removed on one laptop went on refusing hand-outs on
the others. A retired row is an ordinary change, merged last-writer-wins like the rest.
The column is nullable, and the audit trail's row digests leave NULL columns out, so the
existing rows' digests stay valid.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("entitlement_rules", "reorder_levels")


def upgrade() -> None:
    # Plain ADD COLUMN (no batch rebuild): a nullable column with no default is one
    # statement on SQLite and PostgreSQL alike.
    for table in _TABLES:
        op.add_column(table, sa.Column("retired_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # Retired rules and levels apply again under the older version, which knows no
    # retiring: remove them there. They are not deleted here, behind the audit trail.
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("retired_at")
