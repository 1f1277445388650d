"""Persistence: SQLAlchemy models, engine/session factory, SQLite and PostgreSQL specifics."""
