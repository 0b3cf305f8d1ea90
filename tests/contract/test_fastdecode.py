"""The straight-line decoders apply exactly the converter's rules, only faster."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import attrs
import cattrs
import pytest

from kazinex_planner import models
from kazinex_planner._converter import converter, fast_converter, structure
from kazinex_planner._fastdecode import build_decoder

from ._harness import load_spec

SCHEMAS = load_spec()["components"]["schemas"]
OBJECTS = sorted(n for n, s in SCHEMAS.items() if s.get("type") == "object")


@pytest.mark.parametrize("name", OBJECTS)
def test_fast_and_detailed_converters_agree_on_every_example(name: str) -> None:
    example = SCHEMAS[name]["examples"][0]
    model = getattr(models, name)
    fast = fast_converter.structure(example, model)
    assert fast == converter.structure(example, model)
    assert type(fast) is model


def _activity(**changes: Any) -> dict[str, Any]:
    return {**SCHEMAS["Activity"]["examples"][0], **changes}


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"name": None}, "$.name"),
        ({"is_critical": 1}, "$.is_critical"),
        ({"original_duration_hours": "8"}, "$.original_duration_hours"),
        ({"updated_at": "2026-03-03T14:20:00"}, "$.updated_at"),
        ({"type": 5}, "$.type"),
        ({"predecessors": [{"activity_id": "act_1"}]}, "$.predecessors[0]"),
        ({"predecessors": "none"}, "$.predecessors"),
    ],
)
def test_bad_input_fails_and_the_detailed_converter_names_the_field(
    changes: dict[str, Any], path: str
) -> None:
    with pytest.raises(Exception):  # noqa: B017 - the fast path raises plain errors
        fast_converter.structure(_activity(**changes), models.Activity)
    with pytest.raises(cattrs.ClassValidationError) as info:
        structure(_activity(**changes), models.Activity)
    assert any(path in line for line in cattrs.transform_error(info.value, path="$"))


def test_missing_required_field_is_explained() -> None:
    data = _activity()
    del data["code"]
    with pytest.raises(cattrs.ClassValidationError) as info:
        structure(data, models.Activity)
    assert "required field missing @ $.code" in cattrs.transform_error(info.value, path="$")


def test_growth_is_tolerated() -> None:
    activity = structure(_activity(carbon_kg=3.5, type="hammock"), models.Activity)
    assert activity.type.value == "hammock"
    assert isinstance(activity.original_duration_hours, float)


def test_ints_become_floats() -> None:
    activity = structure(_activity(total_float_hours=16), models.Activity)
    assert activity.total_float_hours == 16.0
    assert type(activity.total_float_hours) is float


@attrs.frozen(kw_only=True)
class Inner:
    at: datetime


@attrs.frozen(kw_only=True)
class Outer:
    name: str = attrs.field(metadata={"json": "displayName"})
    inner: Inner | None
    tags: list[str] = attrs.field(factory=list)
    count: int = 3


@attrs.define(kw_only=True)
class Validated:
    """Not slotted-frozen-plain: the decoder must go through __init__ (the validator runs)."""

    size: int = attrs.field(validator=attrs.validators.ge(0))


def test_renames_defaults_factories_and_nesting() -> None:
    decode = build_decoder(Outer, fast_converter.get_structure_hook)
    first = decode({"displayName": "x", "inner": {"at": "2026-03-02T08:00:00Z"}})
    assert first == Outer(name="x", inner=Inner(at=datetime(2026, 3, 2, 8, tzinfo=UTC)))
    second = decode({"displayName": "y", "inner": None})
    first.tags.append("mutated")
    assert second.tags == []  # a fresh list per object, as the factory promises
    assert decode({"displayName": "z", "inner": None, "count": 7}).count == 7


def test_classes_with_validators_keep_their_init() -> None:
    decode = build_decoder(Validated, fast_converter.get_structure_hook)
    assert decode({"size": 2}) == Validated(size=2)
    with pytest.raises(ValueError, match="size"):
        decode({"size": -1})
