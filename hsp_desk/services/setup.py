"""First run: an empty database gets its National Society, first site and catalogue.

The desktop application's first-run wizard calls :func:`first_run`; the first user is
created by the users service when it is installed (see the wizard).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import Modality, SiteType
from ..domain.errors import InvalidInput, Text
from ..domain.roles import Permission
from ..store.locations import resources_dir
from ..store.models import Item, Site
from . import catalogue
from .context import Actor
from .permissions import require
from .transaction import committing


@dataclass(frozen=True)
class FirstRun:
    ns_code: str
    ns_name: str
    country: str
    site_code: str
    site_name: str
    site_type: str = SiteType.HSP.value
    city: str | None = None
    mobile: bool = False
    standard_catalogue: bool = True

    def check(self) -> None:
        for label, value in ((Text("National Society code"), self.ns_code),
                             (Text("National Society name"), self.ns_name), (Text("country"), self.country),
                             (Text("site code"), self.site_code), (Text("site name"), self.site_name)):
            if not value.strip():
                raise InvalidInput("The {field} is empty.", "Fill it in.", field=label)
        if not self.site_code.replace("-", "").replace("_", "").isalnum():
            raise InvalidInput(
                "The site code '{code}' may only hold letters, digits and dashes.",
                "For example MNE-ROZAJE.",
                code=self.site_code,
            )
        try:
            SiteType(self.site_type)
        except ValueError:
            raise InvalidInput("'{site_type}' is not a site type.",
                               "Choose one from the list.", site_type=self.site_type) from None


def needs_first_run(session: Session) -> bool:
    """True when the database holds no site yet."""
    return not session.scalar(select(func.count()).select_from(Site))


@committing
def first_run(session: Session, actor: Actor, spec: FirstRun) -> str:
    """Create the National Society and the first site (and the standard catalogue).

    Returns the new site's code. Refused once any site exists.
    """
    require(actor, Permission.SETTINGS)
    spec.check()
    if not needs_first_run(session):
        raise InvalidInput(
            "This database is already set up.", "Add more sites in Admin instead."
        )
    ns = catalogue.add_national_society(session, spec.ns_code.strip().upper(), spec.ns_name.strip(),
                                        spec.country.strip())
    site = catalogue.add_site(
        session, ns, spec.site_code.strip().upper(), spec.site_name.strip(), spec.site_type,
        modality=(Modality.MOBILE if spec.mobile else Modality.FIXED).value,
        city=(spec.city or "").strip() or None,
    )
    if spec.standard_catalogue:
        _standard_catalogue(session, site)
    return site.code


def _standard_catalogue(session: Session, site: Site) -> None:
    """The usual HSP items (water, food, hygiene kits, SIM cards...) with reorder levels."""
    existing = set(session.scalars(select(Item.code)))
    with open(resources_dir() / "demo" / "catalogue.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # Kits name their components, so plain items go in first.
    for row in sorted(rows, key=lambda r: bool(r["kit_components"])):
        if row["code"] in existing:
            continue
        comps = {c.split(":")[0]: int(c.split(":")[1]) for c in row["kit_components"].split(";") if c}
        item = catalogue.add_item(session, catalogue.ItemSpec(
            code=row["code"], name=row["name"], category=row["category"], unit=row["unit"],
            expiry_tracked=row["expiry_tracked"] == "1", serial_tracked=row["serial_tracked"] == "1",
            components=comps or None,
        ))
        if row["reorder_level"]:
            catalogue.set_reorder_level(session, site, item, int(row["reorder_level"]))
