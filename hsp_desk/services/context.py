"""Who is acting, on which laptop: recorded with every write."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user: str
    device: str
    #: volunteer, coordinator, logistics officer, branch manager (DESIGN.md §8).
    role: str = "branch_manager"

    @classmethod
    def system(cls, device: str = "system") -> Actor:
        """The actor for work the program does by itself (demo data, migrations)."""
        return cls(user="system", device=device, role="branch_manager")
