"""Merge the branches of the first release (tokens, counts, users/audit, sync) into one head.

They were written side by side from 0001 and touch separate tables; from here on the
history is linear again.

Revision ID: 0008
Revises: 0002, 0003, 0004, 0007
"""

from collections.abc import Sequence

revision: str = "0008"
down_revision: str | Sequence[str] | None = ("0002", "0003", "0004", "0007")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
