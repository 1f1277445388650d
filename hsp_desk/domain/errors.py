"""Errors a user may see. Each one says what happened and what to do about it.

Services raise these; the GUI and the CLI show ``str(error)`` as it is, so the text is
written for a volunteer at a Humanitarian Service Point, not for a developer.
"""

from __future__ import annotations


class HspError(Exception):
    """Base of every error meant for the person at the keyboard.

    ``what`` says what happened, ``todo`` says what to do next.
    """

    def __init__(self, what: str, todo: str = "") -> None:
        self.what = what
        self.todo = todo
        super().__init__(f"{what} {todo}".strip())


class NotFound(HspError):
    """A site, item, lot, document or movement that was named does not exist."""


class InvalidInput(HspError):
    """Input that breaks a rule before anything is written (bad quantity, missing reason...)."""


class InsufficientStock(HspError):
    """Issuing more than is on hand. Nothing was written."""

    def __init__(self, item: str, site: str, requested: int, on_hand: int, unit: str = "") -> None:
        self.item = item
        self.site = site
        self.requested = requested
        self.on_hand = on_hand
        u = f" {unit}" if unit else ""
        super().__init__(
            f"Not enough {item} at {site}: {requested}{u} asked for, {on_hand}{u} on hand.",
            "Nothing was recorded. Lower the quantity, or record the delivery that is missing first.",
        )


class AlreadyReversed(HspError):
    """A movement may be reversed only once."""


class ConcurrentChange(HspError):
    """Another laptop changed the same stock at the same moment; the caller may retry."""


class DatabaseProblem(HspError):
    """The database cannot be opened, is on an unsafe location or fails its checks."""
