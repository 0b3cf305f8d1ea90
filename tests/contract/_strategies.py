"""Hypothesis strategies for JSON instances of the spec's schemas.

hypothesis-jsonschema would do this, but its last release (0.23.1) uses Hypothesis
internals that the pinned Hypothesis no longer has. The spec uses a small part of JSON
Schema (type, enum, const, anyOf, pattern, format, bounds, items, properties,
required, additionalProperties), and this builder covers exactly that part: a keyword
it does not know fails loudly instead of being ignored.
"""

from __future__ import annotations

from datetime import UTC, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

_IGNORED = {"description", "examples", "x-secret", "contentMediaType", "default", "readOnly"}
_KNOWN = {
    "type", "enum", "const", "anyOf", "pattern", "format", "minLength", "maxLength",
    "minimum", "maximum", "items", "minItems", "maxItems", "uniqueItems", "properties",
    "required", "additionalProperties", "minProperties", "$ref",
} | _IGNORED  # fmt: skip
_OFFSETS = [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


def _timestamp() -> st.SearchStrategy[str]:
    def spell(text: str, zulu: bool) -> str:
        return text[:-6] + "Z" if zulu and text.endswith("+00:00") else text

    aware = st.datetimes(timezones=st.sampled_from(_OFFSETS)).map(lambda d: d.isoformat())
    return st.builds(spell, aware, st.booleans())


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    fmt = schema.get("format")
    if fmt == "date-time":
        return _timestamp()
    if fmt == "date":
        return st.dates().map(lambda d: d.isoformat())
    if fmt == "email":
        return st.emails()
    if fmt == "uri":
        return st.from_regex(r"\Ahttps://[a-z]{1,10}\.example/[a-z]{0,8}\Z")
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True)
    return st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 20))


def _object(schema: dict[str, Any], resolve: Any) -> st.SearchStrategy[Any]:
    props = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = st.fixed_dictionaries(
        {k: of(v, resolve) for k, v in props.items() if k in required},
        optional={k: of(v, resolve) for k, v in props.items() if k not in required},
    )
    minimum = schema.get("minProperties", 0)
    if minimum:
        fixed = fixed.filter(lambda d: len(d) >= minimum)
    if schema.get("additionalProperties", True) is False:
        return fixed
    extra = st.dictionaries(st.text(max_size=8).filter(lambda k: k not in props), JSON, max_size=2)
    return st.builds(lambda known, more: {**more, **known}, fixed, extra)


def of(schema: dict[str, Any], resolve: Any) -> st.SearchStrategy[Any]:
    """A strategy for the JSON values ``schema`` accepts; ``resolve`` follows a ``$ref``."""
    if "$ref" in schema:
        return st.deferred(lambda: of(resolve(schema["$ref"]), resolve))
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"no strategy for the keywords {sorted(unknown)}")
    if "anyOf" in schema:
        return st.one_of([of(s, resolve) for s in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return st.one_of([of({**schema, "type": k}, resolve) for k in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "string":
        return _string(schema)
    if kinds in ("integer", "number"):
        low, high = schema.get("minimum"), schema.get("maximum")
        ints = st.integers(None if low is None else int(low), None if high is None else int(high))
        if kinds == "integer":
            return ints
        return ints | st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kinds == "array":
        items = of(schema.get("items", {}), resolve) if schema.get("items") else JSON
        unique = schema.get("uniqueItems", False) and "enum" in _resolved(schema["items"], resolve)
        return st.lists(
            items,
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 3), 3),
            unique=unique,
        )
    if kinds == "object":
        return _object(schema, resolve)
    raise ValueError(f"no strategy for type {kinds!r}")


def _resolved(schema: dict[str, Any], resolve: Any) -> dict[str, Any]:
    while "$ref" in schema:
        schema = resolve(schema["$ref"])
    return schema
