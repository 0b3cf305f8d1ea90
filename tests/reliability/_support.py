"""Shared helpers for the reliability suite: descriptor counts and warning capture."""

from __future__ import annotations

import gc
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: A long, realistic key and a short one: both must stay out of every string we expose.
LONG_KEY = "kzk_live_RELIABILITY_5e1f0c9a7b"
SHORT_KEY = "Zq9"
WEBHOOK_SECRET = "whsec_RELIABILITYsecret0123456789"


def open_fds(matching: Path | None = None) -> list[str]:
    """This process's open descriptors (targets), optionally only those open on ``matching``."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():  # pragma: no cover - Linux only
        return []
    found: list[str] = []
    for entry in os.listdir(fd_dir):
        try:
            target = os.readlink(fd_dir / entry)
        except OSError:
            continue  # the listing's own descriptor, already closed
        if matching is None or target == str(matching):
            found.append(target)
    return found


@contextmanager
def resource_warnings() -> Iterator[list[str]]:
    """Collect ResourceWarnings, including those raised in ``__del__`` (unraisable)."""
    caught: list[str] = []
    previous = sys.unraisablehook

    def hook(info: Any) -> None:
        caught.append(f"unraisable: {info.exc_value!r} in {info.object!r}")

    sys.unraisablehook = hook
    try:
        with warnings.catch_warnings(record=True) as records:
            warnings.simplefilter("always", ResourceWarning)
            yield caught
            gc.collect()
            caught.extend(str(r.message) for r in records if r.category is ResourceWarning)
    finally:
        sys.unraisablehook = previous
