"""Parse the ``X-RateLimit-*`` response headers, defensively and without I/O.

Each field is parsed on its own: a proxy that mangles one header must not cost us
the others, and a value we cannot trust (missing, garbage, negative, NaN) is simply
``None`` so the limiter keeps its local estimate for that field.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from multidict import CIMultiDict, CIMultiDictProxy

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["EMPTY", "ServerRateLimit", "parse_rate_limit_headers"]

_LIMIT = "x-ratelimit-limit"
_REMAINING = "x-ratelimit-remaining"
_RESET = "x-ratelimit-reset"
_DAY_LIMIT = "x-ratelimit-day-limit"
_DAY_REMAINING = "x-ratelimit-day-remaining"
_DAY_RESET = "x-ratelimit-day-reset"
_ORDER = (_LIMIT, _REMAINING, _RESET, _DAY_LIMIT, _DAY_REMAINING, _DAY_RESET)
_NAMES = frozenset(_ORDER)
_NO_HEADERS: tuple[str | None, ...] = (None,) * 6


class ServerRateLimit(NamedTuple):
    """What one response said about the key's windows; ``None`` means "not said".

    A named tuple rather than an attrs class: one is built for every response, and a
    tuple is constructed in C.
    """

    minute_limit: int | None = None
    minute_remaining: int | None = None
    #: Seconds until the next minute token frees.
    minute_reset: float | None = None
    day_limit: int | None = None
    day_remaining: int | None = None
    #: Seconds until the day counter resets (00:00 UTC on the server's clock).
    day_reset: float | None = None

    @property
    def is_empty(self) -> bool:
        """True when no header could be used."""
        return self == EMPTY


#: What a response without usable headers says (the parser returns this very object).
EMPTY = ServerRateLimit()

_last: tuple[tuple[str | None, ...], ServerRateLimit] = (_NO_HEADERS, EMPTY)


def parse_rate_limit_headers(headers: Mapping[str, str]) -> ServerRateLimit:
    """Read the six ``X-RateLimit-*`` headers, case-insensitively; ignore the rest.

    Only the rate-limit headers are copied out, so nothing else (authorization,
    cookies) is ever held or logged by the limiter. Every response goes through here,
    so the common answers are remembered: a response without the headers returns the
    shared empty value (``is`` :data:`EMPTY`), and a response whose six raw values are
    those of the previous one returns the previous result without parsing anything.
    """
    if isinstance(headers, CIMultiDictProxy | CIMultiDict):
        # aiohttp's headers already look up case-insensitively: six lookups instead of
        # lower-casing every header of every response.
        get = headers.get
        raw = (
            get(_LIMIT),
            get(_REMAINING),
            get(_RESET),
            get(_DAY_LIMIT),
            get(_DAY_REMAINING),
            get(_DAY_RESET),
        )
    else:
        found: dict[str, str] = {}
        for name, value in headers.items():
            lowered = name.lower()
            if lowered in _NAMES and lowered not in found:
                found[lowered] = value
        raw = tuple(found.get(name) for name in _ORDER)  # type: ignore[assignment]
    if raw == _NO_HEADERS:
        return EMPTY
    global _last  # one entry: reading and replacing a module global is atomic
    last_raw, last = _last
    if last_raw == raw:
        return last
    # Usually only "remaining" and "reset" move between responses: a field whose raw
    # value is the previous response's keeps the previous parse.
    limit, remaining, reset, day_limit, day_remaining, day_reset = raw
    was = last_raw
    parsed = ServerRateLimit(
        last.minute_limit if limit == was[0] else _count(limit, minimum=1),
        last.minute_remaining if remaining == was[1] else _count(remaining, minimum=0),
        last.minute_reset if reset == was[2] else _seconds(reset),
        last.day_limit if day_limit == was[3] else _count(day_limit, minimum=1),
        last.day_remaining if day_remaining == was[4] else _count(day_remaining, minimum=0),
        last.day_reset if day_reset == was[5] else _seconds(day_reset),
    )
    if parsed == EMPTY:
        parsed = EMPTY
    _last = (raw, parsed)
    return parsed


def _count(raw: str | None, *, minimum: int) -> int | None:
    if raw is None:
        return None
    text = raw if raw.isdigit() else raw.strip()  # aiohttp already strips: skip the copy
    # Bounded length: int() of a 5,000-digit header would raise, and no real limit
    # needs more than 18 digits.
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    value = int(text)
    return value if value >= minimum else None


def _seconds(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return value
