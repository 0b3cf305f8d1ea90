"""``PlannerModel``: the base of every generated model, for serialisation both ways.

One set of rules, the converter's (``_converter.py``), serves the wire and the user:
``to_dict()`` is exactly the JSON the SDK would send (JSON field names, RFC 3339 UTC
timestamps with ``Z``, enums as their values, ``UNSET`` and ``None``-default fields
left out), and ``from_dict()`` decodes like a response does (strict primitives,
unknown keys ignored, unknown enum values kept).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

import orjson

from ._converter import converter, structure

__all__ = ["PlannerModel"]


class PlannerModel:
    """Serialisation shared by the generated ``@attrs.frozen`` models."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values (a new dict each call)."""
        return cast(dict[str, Any], converter.unstructure(self))

    def to_json(self) -> bytes:
        """The model as compact UTF-8 JSON bytes (``.decode()`` for a ``str``)."""
        return orjson.dumps(converter.unstructure(self))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build the model from JSON values, by the same rules as decoding a response."""
        if not isinstance(data, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict expects a mapping, got {type(data).__name__}"
            )
        return structure(data if type(data) is dict else dict(data), cls)
