"""Opaque prefixed ids, random or derived.

Random ids are used for things created through the API. Derived ids (a hash of stable
parts) are used for things read from a file, so that an activity keeps its id when the
same revision is re-processed and a resource keeps its id across revisions (the spec
promises both).
"""

from __future__ import annotations

import hashlib
import secrets
import string

__all__ = ["new_id", "random_token", "stable_id"]

_ALPHABET = string.ascii_letters + string.digits


def random_token(length: int = 24) -> str:
    """``length`` random base-62 characters from the OS CSPRNG."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def new_id(prefix: str) -> str:
    """A fresh random id such as ``proj_k2J9...``."""
    return f"{prefix}_{random_token(16)}"


def stable_id(prefix: str, *parts: str) -> str:
    """An id derived from ``parts``: the same parts always give the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:20]}"
