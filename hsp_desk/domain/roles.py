"""Roles and what each may do (DESIGN.md §8). Each role has everything of the one before.

Enforced in the services layer (``services.permissions.require``); the GUI only hides
what a role may not do.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"
    LOGISTICS_OFFICER = "logistics_officer"
    BRANCH_MANAGER = "branch_manager"


class Permission(StrEnum):
    VIEW_STOCK = "view_stock"
    DISTRIBUTE = "distribute"
    ISSUE_TOKENS = "issue_tokens"
    RECEIVE = "receive"
    COUNT = "count"
    HANDOVER = "handover"
    OVERRIDE = "override"
    REPORTS = "reports"
    TRANSFER = "transfer"
    ADJUST = "adjust"
    CATALOGUE = "catalogue"
    IMPORT = "import"
    SYNC = "sync"
    REPORTS_ALL_SITES = "reports_all_sites"
    USERS = "users"
    SETTINGS = "settings"
    BACKUP = "backup"


_ADDED: dict[Role, set[Permission]] = {
    Role.VOLUNTEER: {Permission.VIEW_STOCK, Permission.DISTRIBUTE},
    Role.COORDINATOR: {
        Permission.ISSUE_TOKENS, Permission.RECEIVE, Permission.COUNT, Permission.HANDOVER,
        Permission.OVERRIDE, Permission.REPORTS,
    },
    Role.LOGISTICS_OFFICER: {
        Permission.TRANSFER, Permission.ADJUST, Permission.CATALOGUE, Permission.IMPORT,
        Permission.SYNC,
    },
    Role.BRANCH_MANAGER: {
        Permission.REPORTS_ALL_SITES, Permission.USERS, Permission.SETTINGS, Permission.BACKUP,
    },
}

ORDER = [Role.VOLUNTEER, Role.COORDINATOR, Role.LOGISTICS_OFFICER, Role.BRANCH_MANAGER]

LABELS = {
    Role.VOLUNTEER: "volunteer",
    Role.COORDINATOR: "coordinator",
    Role.LOGISTICS_OFFICER: "logistics officer",
    Role.BRANCH_MANAGER: "branch manager",
}


def permissions_of(role: Role) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for r in ORDER[: ORDER.index(role) + 1]:
        granted |= _ADDED[r]
    return frozenset(granted)


def lowest_role_with(permission: Permission) -> Role:
    return next(r for r in ORDER if permission in permissions_of(r))
