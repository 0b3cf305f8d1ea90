"""The examples' tests: each example is imported from ``examples/`` or run as a script.

Collected only by ``nox -s examples`` (the examples' own requirements, such as FastAPI
and matplotlib, are not the package's and not in the main test session).
"""

from __future__ import annotations

import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1]
if str(EXAMPLES) not in sys.path:
    sys.path.insert(0, str(EXAMPLES))
