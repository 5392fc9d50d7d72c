"""Entry script of the frozen program: the same as the ``advisor-app`` console command."""

from __future__ import annotations

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
