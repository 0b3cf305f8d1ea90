"""JSON ↔ models with cattrs: strict where silence would lie, lenient where the API may grow.

- JSON names come from each field's ``metadata["json"]`` (set by the generator), so a
  renamed field needs no hand-written hook.
- Primitives are strict: cattrs' default ``str(None) == "None"`` would turn a ``null``
  into the string ``"None"``; here it is an error that names the field.
- Timestamps are RFC 3339; we always send UTC with ``Z`` and refuse naive datetimes
  on the way out (a naive value has no defined instant).
- Unknown keys are ignored (the server may add fields); unknown enum values are kept
  by the generated open enums. Arrays must be JSON arrays (``list``): cattrs would
  otherwise turn a string into a list of characters.
- ``UNSET`` fields are omitted, ``None`` is sent as ``null``: PATCH bodies can both
  leave a field alone and clear it.

These rules are the reference. The decoders that ``python -m codegen`` writes
(``_generated/decoders.py``) apply the same rules faster and are handed over with
:func:`use_decoders`; a differential test keeps the two in agreement.
"""

from __future__ import annotations

import enum
import gc
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar, cast

import attrs
import orjson
from cattrs.cols import list_structure_factory
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from ._unset import UnsetType

T = TypeVar("T")
Decoder = Callable[[object], Any]

__all__ = [
    "converter",
    "dumps",
    "format_datetime",
    "loads",
    "make_sdk_converter",
    "parse_date",
    "parse_timestamp",
    "structure",
    "use_decoders",
]

#: Generated model class → its straight-line decoder (filled by :func:`use_decoders`).
_decoders: dict[type[Any], Decoder] = {}


def use_decoders(decoders: dict[type[Any], Decoder]) -> None:
    """Decode these models with their generated decoders on the happy path.

    Called by ``kazinex_planner._generated`` when it is imported, before any of its
    models can reach :func:`structure`: the generated package sits above this module,
    so it hands its decoders down rather than being imported from here.
    """
    _decoders.update(decoders)


def format_datetime(value: datetime) -> str:
    """RFC 3339 in UTC with ``Z``: the only timestamp form the API documents."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"naive datetime {value.isoformat()} has no time zone; "
            "pass an aware value such as datetime(..., tzinfo=datetime.UTC)"
        )
    text = value.astimezone(UTC).isoformat()
    return text.removesuffix("+00:00") + "Z"


def parse_timestamp(value: object) -> datetime:
    """The one timestamp rule, used by the cattrs converter and the generated decoders:
    an RFC 3339 string (``Z`` accepted) that carries an offset."""
    if type(value) is not str:
        raise TypeError(f"expected an RFC 3339 timestamp string, got {type(value).__name__}")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp {value!r} has no offset (RFC 3339 requires one)")
    return parsed


def parse_date(value: object) -> date:
    """The one date rule (``YYYY-MM-DD``), shared like :func:`parse_timestamp`."""
    if type(value) is not str:
        raise TypeError(f"expected a date string, got {type(value).__name__}")
    return date.fromisoformat(value)


def _parse_datetime(value: Any, _: type) -> datetime:
    return parse_timestamp(value)


def _parse_date(value: Any, _: type) -> date:
    return parse_date(value)


def _strict(kind: type) -> Callable[[Any, type], Any]:
    def hook(value: Any, _: type) -> Any:
        if type(value) is kind:
            return value
        if kind is float and type(value) is int:
            return float(value)  # JSON has one number type; 0 is a valid float
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")

    return hook


def _structure_str_enum(value: Any, cls: type[enum.StrEnum]) -> enum.StrEnum:
    # A dict lookup first: ``EnumType.__call__`` costs ~2 µs per member, which was 40 % of
    # decoding a page of activities. Unknown values go through ``cls()`` and ``_missing_``.
    member = cls._value2member_map_.get(value) if type(value) is str else None
    if member is not None:
        return member  # type: ignore[return-value]
    if isinstance(value, cls):
        return value  # a model built in Python (``from_dict`` of a ``to_dict`` with members)
    if type(value) is not str:
        raise TypeError(f"expected a {cls.__name__} string, got {type(value).__name__}")
    return cls(value)  # generated enums keep unknown values (``_missing_``)


def _enum_value(member: enum.StrEnum | str) -> str:
    # A plain string stands for its member: enum parameters accept either.
    return str(member.value) if isinstance(member, enum.Enum) else member


def _is_list(tp: Any) -> bool:
    return tp is list or typing.get_origin(tp) is list


def _renames(cls: type) -> dict[str, Any]:
    return {
        a.name: override(rename=a.metadata["json"])
        for a in attrs.fields(cls)
        if "json" in a.metadata
    }


def _unstructure_overrides(cls: type) -> dict[str, Any]:
    """JSON names, and omission of fields left at ``UNSET`` or at a ``None`` default.

    Other defaults (``primary=True``) are sent as given: an explicit value is clearer on
    the wire than relying on the server applying the same default.
    """
    result: dict[str, Any] = {}
    for a in attrs.fields(cls):
        omit = a.default is None or isinstance(a.default, UnsetType)
        rename = a.metadata.get("json")
        if omit or rename:
            result[a.name] = override(rename=rename, omit_if_default=omit or None)
    return result


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _is_simple_optional(tp: Any) -> bool:
    """``X | None`` with exactly one other member (unions of several types stay with cattrs)."""
    if not _is_union(tp):
        return False
    args = typing.get_args(tp)
    return len(args) == 2 and type(None) in args and UnsetType not in args


def _has_unset(tp: Any) -> bool:
    return _is_union(tp) and UnsetType in typing.get_args(tp)


def make_sdk_converter(
    *, forbid_extra_keys: bool = False, detailed_validation: bool = True
) -> OrjsonConverter:
    """Build a converter. ``forbid_extra_keys=True`` is for the SDK's own contract tests.

    ``detailed_validation=False`` is the fast converter used on the happy path; errors are
    explained by re-running the detailed one (see :func:`structure`).
    """
    conv = make_converter(
        forbid_extra_keys=forbid_extra_keys, detailed_validation=detailed_validation
    )
    for kind in (str, int, float, bool):
        conv.register_structure_hook(kind, _strict(kind))
    # Registered for ``StrEnum`` too, which is more specific than ``str`` in every generated
    # enum's MRO: otherwise the strict ``str`` hook would return plain strings for enums.
    conv.register_structure_hook(enum.StrEnum, _structure_str_enum)
    conv.register_structure_hook(datetime, _parse_datetime)
    conv.register_structure_hook(date, _parse_date)
    conv.register_unstructure_hook(datetime, format_datetime)
    conv.register_unstructure_hook(date, date.isoformat)
    # Enums leave as their plain values: ``to_dict()`` output is JSON data, not members.
    conv.register_unstructure_hook(enum.StrEnum, _enum_value)

    def structure_without_unset(tp: Any) -> Callable[[Any, Any], Any]:
        rest = tuple(a for a in typing.get_args(tp) if a is not UnsetType)
        inner: Any = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
        return lambda value, _: conv.structure(value, inner)

    conv.register_structure_hook_factory(_has_unset, structure_without_unset)

    def structure_list(tp: Any) -> Callable[[Any, Any], Any]:
        items = list_structure_factory(tp, conv)

        def hook(value: Any, _: Any) -> Any:
            if type(value) is not list:
                raise TypeError(f"expected an array, got {type(value).__name__}")
            return items(value, tp)

        return hook

    conv.register_structure_hook_factory(_is_list, structure_list)

    def structure_optional(tp: Any) -> Callable[[Any, Any], Any]:
        # cattrs dispatches on the inner type on every call; resolving it once makes the
        # ~15 nullable fields of an activity ~25 % cheaper to decode.
        inner = next(a for a in typing.get_args(tp) if a is not type(None))
        handler = conv.get_structure_hook(inner)
        return lambda value, _: None if value is None else handler(value, inner)

    conv.register_structure_hook_factory(_is_simple_optional, structure_optional)
    conv.register_structure_hook_factory(
        attrs.has,
        lambda cls: make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=forbid_extra_keys, **_renames(cls)
        ),
    )
    conv.register_unstructure_hook_factory(
        attrs.has,
        lambda cls: make_dict_unstructure_fn(cls, conv, **_unstructure_overrides(cls)),
    )
    if not detailed_validation and not forbid_extra_keys:
        # The happy path: models nested in other types (``list[Project]``) use their
        # generated decoders too. Looked up when cattrs first meets the class, which is
        # after ``use_decoders``: the generated package registers before its models exist.
        conv.register_structure_hook_factory(
            lambda cls: cls in _decoders, lambda cls: _call_decoder(_decoders[cls])
        )
    return conv


def _call_decoder(decoder: Decoder) -> Callable[[Any, Any], Any]:
    return lambda value, _: decoder(value)


#: The detailed converter: error messages name the path of every bad field.
converter = make_sdk_converter()
#: The same rules without per-field error bookkeeping, and the generated decoders.
fast_converter = make_sdk_converter(detailed_validation=False)


def _decode_without_collections(decoder: Decoder, data: Any) -> Any:
    """Run ``decoder`` with the cyclic garbage collector paused.

    A decoder builds an acyclic tree whose every new object stays reachable, so a
    collection during it can free nothing; yet allocating tens of thousands of models
    triggers collections, and a full one walks the whole heap, the JSON tree being
    decoded included: ~60 ms of ~220 ms on a page of 10,000 activities (BENCHMARKS.md).
    Reference counting frees as usual meanwhile. The collector resumes right after,
    and a collector that something else paused is left paused.
    """
    if not gc.isenabled():
        return decoder(data)
    gc.disable()
    try:
        return decoder(data)
    finally:
        gc.enable()


def structure(data: Any, cls: type[T]) -> T:
    """Decode with the generated decoder; on failure, explain it with the detailed converter.

    Both apply the same rules, so the detailed converter fails too and its
    ``ClassValidationError`` (with paths such as ``$.data[2].created_at``) is raised.
    """
    try:
        decoder = _decoders.get(cls)
        if decoder is not None:
            return cast(T, _decode_without_collections(decoder, data))
        return fast_converter.structure(data, cls)
    except Exception:
        converter.structure(data, cls)  # raises the detailed error that names the path
        raise  # both apply the same rules, so this is reached only if they disagree


def loads(data: bytes | str, cls: type[T]) -> T:
    """Decode JSON into ``cls`` (raises cattrs' ``ClassValidationError`` on mismatch)."""
    return structure(orjson.loads(data), cls)


def dumps(obj: Any) -> bytes:
    """Encode a model (or plain data holding models) to JSON bytes."""
    return orjson.dumps(converter.unstructure(obj))
