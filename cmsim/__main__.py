"""``python -m cmsim``."""

import sys

from cmsim.cli import main

sys.exit(main())
