"""Alembic environment of HSP Desk (shipped in the wheel as ``hsp_desk._migrations``)."""
