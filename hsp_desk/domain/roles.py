"""Roles and what each may do (DESIGN.md §8). Each role has everything of the one before.

Enforced in the services layer (``services.permissions.require``); the GUI only hides
what a role may not do.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import Text


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

#: The role names inside an error's text (translated with it, see domain.errors).
ROLE_TEXTS = {
    Role.VOLUNTEER: Text("a volunteer"),
    Role.COORDINATOR: Text("a coordinator"),
    Role.LOGISTICS_OFFICER: Text("a logistics officer"),
    Role.BRANCH_MANAGER: Text("a branch manager"),
}

#: What each permission lets a person do, for "... may not {action}".
ACTIONS = {
    Permission.VIEW_STOCK: Text("see the stock"),
    Permission.DISTRIBUTE: Text("record hand-outs"),
    Permission.ISSUE_TOKENS: Text("issue or change cards"),
    Permission.RECEIVE: Text("record goods received"),
    Permission.COUNT: Text("count stock"),
    Permission.HANDOVER: Text("hand over a shift"),
    Permission.OVERRIDE: Text("give beyond a rule"),
    Permission.REPORTS: Text("produce reports"),
    Permission.TRANSFER: Text("transfer stock"),
    Permission.ADJUST: Text("adjust stock or check the ledger"),
    Permission.CATALOGUE: Text("change the catalogue"),
    Permission.IMPORT: Text("import workbooks"),
    Permission.SYNC: Text("exchange sync bundles"),
    Permission.REPORTS_ALL_SITES: Text("produce reports of every site"),
    Permission.USERS: Text("manage users"),
    Permission.SETTINGS: Text("change settings or rules"),
    Permission.BACKUP: Text("take or restore backups"),
}


def permissions_of(role: Role) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for r in ORDER[: ORDER.index(role) + 1]:
        granted |= _ADDED[r]
    return frozenset(granted)


def lowest_role_with(permission: Permission) -> Role:
    return next(r for r in ORDER if permission in permissions_of(r))
