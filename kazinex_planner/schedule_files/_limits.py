"""The bounds every reader enforces, so that no file can freeze or flood the process.

A schedule file is untrusted input: the emulator reads every upload, and the SDK inspects
a file before uploading it. A 58 MB XER whose ``%F`` line has 56 million empty columns
once cost 1-2 GB; 9 MB of nested XML cost 850 MB; one 70 MB attribute took 150 s on an
expat older than 2.6.0 (which re-scans an incomplete token on every feed). Each limit
below is far beyond what a real export contains and is checked while streaming, before
the memory or the time is spent; passing one raises :class:`ScheduleFileError` naming the
limit (and the line, for XER). Pass ``limits=ReadLimits(...)`` to the public functions to
change them.
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_LIMITS", "ReadLimits"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"ReadLimits.{attribute.name} must be a positive int, not {value!r}")


@attrs.frozen(kw_only=True)
class ReadLimits:
    """Bounds on one read; the defaults suit any real P6 or MS Project export.

    - ``max_line_bytes``: the longest XER line (64 MiB).
    - ``max_columns``: the most tab-separated columns in an XER line (10,000; P6 tables
      have at most a few hundred).
    - ``max_depth``: the deepest XML element nesting (64; MSPDI and PMXML need about 8).
    - ``max_token_bytes``: the most XML bytes without an element boundary, which bounds a
      single text, attribute, comment or declaration (8 MiB).
    - ``max_held_elements``: the most XML elements alive at once: the current record's
      subtree plus what the reader keeps (200,000; a real record holds a few thousand).
    """

    max_line_bytes: int = attrs.field(default=64 << 20, validator=_positive)
    max_columns: int = attrs.field(default=10_000, validator=_positive)
    max_depth: int = attrs.field(default=64, validator=_positive)
    max_token_bytes: int = attrs.field(default=8 << 20, validator=_positive)
    max_held_elements: int = attrs.field(default=200_000, validator=_positive)


DEFAULT_LIMITS = ReadLimits()
