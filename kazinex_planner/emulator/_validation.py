"""Checking request bodies and query parameters against the spec's rules.

The package ships without ``openapi/``, so the rules the emulator enforces are written
down here, next to each handler's shape, in a small declarative form (type, nullability,
lengths, bounds, enums, formats). Query problems are 400 ``invalid_request``; body
problems are 422 ``validation_failed`` with every failing field named, unknown fields
included, so a client learns all its mistakes from one response.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal

import attrs
import orjson
from aiohttp import web

from ._errors import ApiError, Detail

__all__ = [
    "MAX_PAGE",
    "Field",
    "Shape",
    "check_body",
    "paginate",
    "pagination",
    "parse_datetime",
    "query_bool",
    "query_datetime",
    "query_enum",
    "query_str",
    "read_json",
]

Kind = Literal["string", "number", "integer", "boolean", "array"]
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
#: ``local@domain`` with a dot inside the domain (checked apart: ``[^@\s]+\.[^@\s]+``
#: backtracked quadratically on a domain made of dots).
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_INTEGER = re.compile(r"-?[0-9]{1,4000}")
#: The largest ``page`` (the spec's maximum): it is echoed in ``meta.page``, and a JSON
#: integer past 2**31 - 1 is neither exact for every client nor serializable by orjson
#: past 64 bits (a page of 2**64 used to answer 500).
MAX_PAGE = 2**31 - 1


@attrs.frozen(kw_only=True)
class Field:
    """The rules for one value (see the JSON Schema keyword of the same name)."""

    kind: Kind
    nullable: bool = False
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    enum: tuple[str, ...] | None = None
    format: Literal["date-time", "email"] | None = None
    pattern: str | None = None
    items: Field | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique: bool = False


@attrs.frozen(kw_only=True)
class Shape:
    """An object: its fields, the required ones and the minimum number present."""

    fields: Mapping[str, Field]
    required: tuple[str, ...] = ()
    min_properties: int = 0


def _is_email(value: str) -> bool:
    domain = value.rpartition("@")[2]
    return _EMAIL.fullmatch(value) is not None and "." in domain[1:-1]


def parse_datetime(text: str) -> datetime | None:
    """An RFC 3339 date-time with an offset, or ``None`` when ``text`` is not one."""
    if not _DATETIME.match(text):
        return None
    try:
        return datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return None


def _check_value(value: Any, field: Field, path: str, details: list[Detail]) -> Any:
    if value is None:
        if not field.nullable:
            details.append((path, "must not be null"))
        return None
    kind = field.kind
    if kind == "boolean":
        if not isinstance(value, bool):
            details.append((path, "must be a boolean"))
        return value
    if kind in ("number", "integer"):
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if not numeric or (kind == "integer" and not isinstance(value, int)):
            details.append((path, f"must be {'an integer' if kind == 'integer' else 'a number'}"))
            return value
        if isinstance(value, float) and not math.isfinite(value):
            details.append((path, "must be a finite number"))
        elif field.minimum is not None and value < field.minimum:
            details.append((path, f"must be >= {_num(field.minimum)}"))
        elif field.maximum is not None and value > field.maximum:
            details.append((path, f"must be <= {_num(field.maximum)}"))
        return value
    if kind == "array":
        if not isinstance(value, list):
            details.append((path, "must be an array"))
            return value
        if field.min_items is not None and len(value) < field.min_items:
            details.append((path, f"must have at least {field.min_items} item(s)"))
        if field.max_items is not None and len(value) > field.max_items:
            details.append((path, f"must have at most {field.max_items} items"))
        if field.unique and len({orjson.dumps(v) for v in value}) != len(value):
            details.append((path, "items must be unique"))
        if field.items is not None:
            return [
                _check_value(v, field.items, f"{path}[{i}]", details) for i, v in enumerate(value)
            ]
        return value
    if not isinstance(value, str):
        details.append((path, "must be a string"))
        return value
    if field.min_length is not None and len(value) < field.min_length:
        details.append((path, f"must be at least {field.min_length} character(s)"))
    if field.max_length is not None and len(value) > field.max_length:
        details.append((path, f"must be at most {field.max_length} characters"))
    if field.enum is not None and value not in field.enum:
        details.append((path, f"must be one of {', '.join(field.enum)}"))
    if field.pattern is not None and not re.search(field.pattern, value):
        details.append((path, f"must match {field.pattern}"))
    if field.format == "email" and not _is_email(value):
        details.append((path, "must be an email address"))
    if field.format == "date-time":
        parsed = parse_datetime(value)
        if parsed is None:
            details.append((path, "must be an RFC 3339 date-time with a time zone"))
        return parsed
    return value


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def check_object(value: Any, shape: Shape, prefix: str, details: list[Detail]) -> dict[str, Any]:
    """Validate ``value`` against ``shape``; append problems to ``details``; return the
    parsed fields (date-times as aware ``datetime``). Absent fields stay absent."""
    where = prefix or None
    if not isinstance(value, dict):
        details.append((where, "must be a JSON object"))
        return {}
    out: dict[str, Any] = {}
    for name in value:
        if name not in shape.fields:
            details.append((_join(prefix, name), "unknown field"))
    for name in shape.required:
        if name not in value:
            details.append((_join(prefix, name), "is required"))
    known = [name for name in value if name in shape.fields]
    if len(known) < shape.min_properties:
        details.append((where, f"at least {shape.min_properties} field(s) must be given"))
    for name in known:
        out[name] = _check_value(value[name], shape.fields[name], _join(prefix, name), details)
    return out


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def check_body(value: Any, shape: Shape) -> dict[str, Any]:
    """Validate a whole request body; 422 naming every problem."""
    details: list[Detail] = []
    out = check_object(value, shape, "", details)
    if details:
        raise ApiError.validation(details)
    return out


async def read_json(request: web.Request) -> Any:
    """The parsed JSON body; 400 when it is missing or not JSON."""
    raw = await request.read()
    if not raw.strip():
        raise ApiError.invalid([(None, "a JSON request body is required")])
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ApiError.invalid([(None, "the request body is not valid JSON")]) from None


# ------------------------------------------------------------------- query parameters
def _query_int(request: web.Request, name: str, default: int, low: int, high: int | None) -> int:
    raw = request.query.get(name)
    if raw is None:
        return default
    # ASCII digits only: ``int()`` would also take "+5", " 5", "5_0" and non-ASCII digits,
    # none of which is an integer in a URL query.
    if not _INTEGER.fullmatch(raw):
        raise ApiError.invalid([(name, "must be an integer")])
    value = int(raw)
    if value < low:
        raise ApiError.invalid([(name, f"must be >= {low}")])
    if high is not None and value > high:
        raise ApiError.invalid(
            [(name, f"must be <= {high}")],
            f"Query parameter {name} must be between {low} and {high}.",
        )
    return value


def pagination(request: web.Request) -> tuple[int, int]:
    """``page`` (1-based, default 1, at most ``MAX_PAGE``) and ``per_page`` (default 50,
    1..200); 400 otherwise."""
    return (
        _query_int(request, "page", 1, 1, MAX_PAGE),
        _query_int(request, "per_page", 50, 1, 200),
    )


def paginate(items: Sequence[Any], page: int, per_page: int) -> list[Any]:
    """One page of ``items``; a page past the end is empty (not an error)."""
    start = (page - 1) * per_page
    return list(items[start : start + per_page])


def query_str(
    request: web.Request,
    name: str,
    *,
    min_length: int = 1,
    max_length: int | None = None,
    pattern: str | None = None,
) -> str | None:
    raw = request.query.get(name)
    if raw is None:
        return None
    if len(raw) < min_length:
        raise ApiError.invalid([(name, f"must be at least {min_length} character(s)")])
    if max_length is not None and len(raw) > max_length:
        raise ApiError.invalid([(name, f"must be at most {max_length} characters")])
    if pattern is not None and not re.search(pattern, raw):
        raise ApiError.invalid([(name, f"must match {pattern}")])
    return raw


def query_enum(request: web.Request, name: str, values: Sequence[str]) -> str | None:
    raw = request.query.get(name)
    if raw is None:
        return None
    if raw not in values:
        raise ApiError.invalid([(name, f"must be one of {', '.join(values)}")])
    return raw


def query_bool(request: web.Request, name: str) -> bool | None:
    raw = request.query.get(name)
    if raw is None:
        return None
    if raw not in ("true", "false"):
        raise ApiError.invalid([(name, "must be true or false")])
    return raw == "true"


def query_datetime(request: web.Request, name: str) -> datetime | None:
    raw = request.query.get(name)
    if raw is None:
        return None
    parsed = parse_datetime(raw)
    if parsed is None:
        raise ApiError.invalid([(name, "must be an RFC 3339 date-time with a time zone")])
    return parsed
