"""Headless subcommands of ``hsp-desk``. Each module has ``register(subparsers, common)``
that adds its commands; each command's handler takes the parsed arguments and returns
the exit code. They call the same services as the GUI."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Handler = Callable[[argparse.Namespace], int]
