"""The ``UNSET`` sentinel: tells "leave unchanged" apart from "set to null" in PATCH bodies."""

from __future__ import annotations

import enum
from typing import Final, Literal


class UnsetType(enum.Enum):
    """Type of :data:`UNSET`. An enum so that ``Literal[UnsetType.UNSET]`` narrows in mypy."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = UnsetType.UNSET
