"""Users, settings and the hash-chained audit trail (audit_log is append-only)

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('users',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('device', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.String(length=200), nullable=False),
    sa.Column('row_digest', sa.String(length=64), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    op.create_index('ix_audit_log_table_row', 'audit_log', ['table_name', 'row_key'], unique=False)
    _make_audit_log_append_only()
    _baseline_existing_rows()


def downgrade() -> None:
    _drop_append_only()
    op.drop_index('ix_audit_log_table_row', table_name='audit_log')
    op.drop_table('audit_log')
    op.drop_table('settings')
    op.drop_table('users')


# Like the movements (0001), the audit trail is append-only in the database itself; an
# attacker with the file can drop the trigger, which is what the hash chain is for.
def _make_audit_log_append_only() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{action.lower()} BEFORE {action} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
            )
    else:
        op.execute(
            """
            CREATE FUNCTION hsp_audit_log_append_only() RETURNS trigger AS $$
            BEGIN
              RAISE EXCEPTION 'the audit trail is append-only';
            END $$ LANGUAGE plpgsql
            """
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION hsp_audit_log_append_only()"
        )


def _drop_append_only() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS hsp_audit_log_append_only()")


def _baseline_existing_rows() -> None:
    """A database that already holds stock gets its rows recorded as they are now, so
    that verify checks them from here on."""
    from hsp_desk.store import audit
    from hsp_desk.store.models import Base

    bind = op.get_bind()
    present = set(sa.inspect(bind).get_table_names())
    tables = [t for t in audit.audited_tables(Base.metadata.sorted_tables) if t.name in present]
    # Only the columns already in the database: a later migration may add more.
    trimmed = []
    for t in tables:
        have = {c["name"] for c in sa.inspect(bind).get_columns(t.name)}
        trimmed.append(sa.Table(t.name, sa.MetaData(), *[
            sa.Column(c.name, c.type, primary_key=c.primary_key) for c in t.columns if c.name in have
        ]))
    audit.baseline(bind, trimmed)
