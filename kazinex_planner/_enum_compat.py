"""Open enums: a value the server adds later is kept, never raises.

Generated enums call :func:`_unknown_member` from ``_missing_``. The new member is a
real instance of the enum (``isinstance`` holds, ``.value`` is the server's string,
it re-serialises unchanged) but it is not listed by iteration, so code that
enumerates known values is not surprised.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

E = TypeVar("E", bound=Enum)


def _unknown_member(cls: type[E], value: object) -> E | None:
    base = next((b for b in cls.__mro__ if b in (str, int)), None)
    if base is None or not isinstance(value, base) or isinstance(value, bool):
        return None  # the usual ValueError: a wrong JSON type is still an error
    new: Any = base.__new__
    member: Any = new(cls, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    # setdefault keeps one member per value, so identity comparisons stay stable.
    return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]


def is_unknown(member: Enum) -> bool:
    """True for a value this SDK version did not know when it was generated."""
    return member.name.startswith("UNKNOWN_")
