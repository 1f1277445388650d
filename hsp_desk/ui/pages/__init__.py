"""The pages of the main window, one module each; :func:`available` lists those the
signed-in user's role may use, in the order of the navigation list."""

from __future__ import annotations

from ..context import AppContext
from .base import Page


def all_pages() -> list[type[Page]]:
    from .adjust import AdjustPage
    from .admin import AdminPage
    from .count import CountPage
    from .distribute import DistributePage
    from .handover import HandoverPage
    from .kits import KitsPage
    from .receive import ReceivePage
    from .reports import ReportsPage
    from .stock import StockPage
    from .tokens import TokensPage
    from .transfer import TransferPage

    return [DistributePage, StockPage, ReceivePage, TransferPage, AdjustPage, KitsPage, CountPage,
            HandoverPage, TokensPage, ReportsPage, AdminPage]


def available(ctx: AppContext) -> list[type[Page]]:
    return [p for p in all_pages() if ctx.allowed(p.permission)]
