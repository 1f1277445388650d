"""HSP Desk: stock and distributions of Red Cross / Red Crescent Humanitarian Service Points."""

__version__ = "0.1.0"
