"""``python -m codegen`` regenerates; ``python -m codegen --check`` fails on drift."""

from __future__ import annotations

import sys

from ._bootstrap import ensure_tools


def run() -> int:
    ensure_tools(sys.argv[1:])  # re-runs in a pinned venv when the tools are missing
    from ._cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
