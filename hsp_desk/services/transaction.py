"""One transaction per use case: commit on success, roll back on any error, and retry
when PostgreSQL reports a serialization failure or deadlock between two laptops."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..domain.errors import ConcurrentChange
from ..store.audit import lock_chain
from .context import Actor
from .storage_errors import explain_database_error

P = ParamSpec("P")
R = TypeVar("R")

#: SQLSTATEs worth a retry: serialization_failure, deadlock_detected.
_RETRY_STATES = {"40001", "40P01"}
ATTEMPTS = 5


def _retryable(exc: DBAPIError) -> bool:
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return state in _RETRY_STATES


def committing(
    fn: Callable[Concatenate[Session, P], R],
) -> Callable[Concatenate[Session, P], R]:
    """Decorate a service function whose first argument is the Session."""

    @functools.wraps(fn)
    def wrapper(session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
        # The audit trail (store/audit.py) records who wrote what from session.info.
        actor = args[0] if args and isinstance(args[0], Actor) else kwargs.get("actor")
        previous = session.info.get("actor")
        if isinstance(actor, Actor):
            session.info["actor"] = actor
        try:
            return _attempts(session, *args, **kwargs)
        finally:
            session.info["actor"] = previous

    def _attempts(session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(ATTEMPTS):
            try:
                if session.get_bind().dialect.name == "postgresql":
                    # Take the audit chain lock first, before any row lock, so that two
                    # laptops never wait for each other in opposite orders (deadlock).
                    lock_chain(session.connection())
                result = fn(session, *args, **kwargs)
                session.commit()
                return result
            except DBAPIError as exc:
                session.rollback()
                if not _retryable(exc):
                    storage = explain_database_error(exc)
                    if storage is not None:  # a full or failing disk, in plain words
                        raise storage from exc
                    raise
                if attempt == ATTEMPTS - 1:
                    raise ConcurrentChange(
                        "Another laptop was changing the same stock at the same moment.",
                        "Nothing was recorded. Try again.",
                    ) from exc
            except BaseException:
                session.rollback()
                raise
        raise AssertionError("unreachable")

    return wrapper
