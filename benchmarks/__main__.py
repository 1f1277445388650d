"""``python -m benchmarks``: generate (or reuse) the data set and measure every budget."""

import sys

from .run import main

sys.exit(main())
