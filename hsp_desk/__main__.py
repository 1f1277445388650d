"""``python -m hsp_desk`` is the same as ``hsp-desk``."""

import sys

from .cli import main

sys.exit(main())
