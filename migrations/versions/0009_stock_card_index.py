"""Index movements by (item, time, id): the all-sites stock card pages through one item
in time order, and without it every page sorted all of the item's movements.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain CREATE INDEX: batch mode would rebuild movements and drop its triggers.
    op.create_index("ix_movements_item_time", "movements", ["item_id", "occurred_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_movements_item_time", table_name="movements")
