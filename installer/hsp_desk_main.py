"""Entry point of the frozen (PyInstaller) build: both executables run the same CLI, which
opens the desktop application when no command is given."""

from __future__ import annotations

import sys

from hsp_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
