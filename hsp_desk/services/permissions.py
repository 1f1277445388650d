"""Enforcing roles in the services: every writing use case calls :func:`require` first."""

from __future__ import annotations

from ..domain.errors import HspError
from ..domain.roles import ACTIONS, ROLE_TEXTS, Permission, Role, lowest_role_with, permissions_of
from .context import Actor


class NotAllowed(HspError):
    """The signed-in user's role does not allow this action. Nothing was written."""


def allowed(actor: Actor, permission: Permission) -> bool:
    try:
        role = Role(actor.role)
    except ValueError:
        return False
    return permission in permissions_of(role)


def require(actor: Actor, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise NotAllowed(
            "{user} may not {action}: that needs {role} or above.",
            "Nothing was recorded. Ask a coordinator or your branch manager to do it, or to "
            "change your role.",
            user=actor.user, action=ACTIONS[permission], role=ROLE_TEXTS[lowest_role_with(permission)],
        )
