"""Drop ix_movements_item_id: ix_movements_item_time (item, time, id) starts with the same
column and serves every look-up by item, so the single-column index only cost each
movement written one more B-tree insert (every hand-out, every bundle import).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain DROP INDEX: batch mode would rebuild movements and drop its triggers.
    op.drop_index("ix_movements_item_id", table_name="movements")


def downgrade() -> None:
    op.create_index("ix_movements_item_id", "movements", ["item_id"])
