"""Offline sync bundles: branch keys, exports, imports, held bundles, row versions

Revision ID: 0007
Revises: 0001
Create Date: 2026-11-24 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_keys',
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('branch', sa.String(length=64), nullable=False),
    sa.Column('secret', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_sync_keys'))
    )
    op.create_table('sync_exports',
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('audit_from', sa.Integer(), nullable=False),
    sa.Column('audit_to', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('movements', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'seq', name=op.f('pk_sync_exports'))
    )
    op.create_table('sync_imports',
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('source_device', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('covers_from', sa.Integer(), nullable=False),
    sa.Column('branch', sa.String(length=64), nullable=False),
    sa.Column('bundle_created_at', sa.DateTime(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=64), nullable=False),
    sa.Column('movements_new', sa.Integer(), nullable=False),
    sa.Column('rows_new', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('content_hash', name=op.f('pk_sync_imports'))
    )
    op.create_index('ix_sync_imports_device_seq', 'sync_imports', ['source_device', 'seq'], unique=False)
    op.create_table('sync_held',
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('source_device', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('content_hash', name=op.f('pk_sync_held'))
    )
    op.create_table('sync_row_versions',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.String(length=200), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('source_device', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_key', name=op.f('pk_sync_row_versions'))
    )


def downgrade() -> None:
    op.drop_table('sync_row_versions')
    op.drop_table('sync_held')
    op.drop_index('ix_sync_imports_device_seq', table_name='sync_imports')
    op.drop_table('sync_imports')
    op.drop_table('sync_exports')
    op.drop_table('sync_keys')
