"""Every schema example round-trips through the generated models, and the models tolerate growth."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import cattrs
import orjson
import pytest

from kazinex_planner import UNSET, models
from kazinex_planner._converter import converter, dumps, make_sdk_converter
from kazinex_planner._enum_compat import is_unknown

from ._harness import load_spec

SPEC = load_spec()
SCHEMAS = SPEC["components"]["schemas"]
OBJECT_SCHEMAS = sorted(n for n, s in SCHEMAS.items() if s.get("type") == "object")
strict = make_sdk_converter(forbid_extra_keys=True)


def normalise(value: Any) -> Any:
    """Timestamps compare as instants: the SDK always writes UTC with ``Z``."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and "T" in value:
        try:
            return datetime.fromisoformat(value).astimezone(UTC)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_schema_example_round_trips(name: str) -> None:
    example = SCHEMAS[name]["examples"][0]
    model = getattr(models, name)
    obj = strict.structure(example, model)  # forbid_extra_keys: the example matches the model
    again = orjson.loads(dumps(obj))
    if name == "ScheduleUpload":  # the binary part is not JSON; only its label round-trips
        example = {k: v for k, v in example.items() if k != "file"}
        again = {k: v for k, v in again.items() if k != "file"}
    assert normalise(again) == normalise(example)


def test_unknown_enum_value_and_unknown_field_decode() -> None:
    example = dict(SCHEMAS["Activity"]["examples"][0])
    example["type"] = "hammock"  # a type a future server might add
    example["status"] = "suspended"
    example["carbon_kg"] = 12.5  # a field this SDK does not know
    activity = converter.structure(example, models.Activity)
    assert activity.type == "hammock"
    assert isinstance(activity.type, models.ActivityType)
    assert is_unknown(activity.type)
    assert activity.type not in list(models.ActivityType)
    assert orjson.loads(dumps(activity))["type"] == "hammock"
    assert activity.status.value == "suspended"


def test_null_never_becomes_the_string_none() -> None:
    example = dict(SCHEMAS["Project"]["examples"][0])
    example["name"] = None
    with pytest.raises(cattrs.ClassValidationError) as info:
        converter.structure(example, models.Project)
    assert "expected str" in str(cattrs.transform_error(info.value))


def test_wrong_json_type_for_an_enum_still_fails() -> None:
    example = dict(SCHEMAS["Activity"]["examples"][0])
    example["type"] = 5
    with pytest.raises(cattrs.ClassValidationError):
        converter.structure(example, models.Activity)


def test_timestamps_are_written_as_utc_z() -> None:
    update = models.ActivityUpdate(actual_start=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    assert orjson.loads(dumps(update)) == {"actual_start": "2026-03-02T09:30:00Z"}
    with pytest.raises(ValueError, match="naive datetime"):
        dumps(models.ActivityUpdate(actual_start=datetime(2026, 3, 2, 9, 30)))


def test_patch_bodies_tell_absent_from_null() -> None:
    assert orjson.loads(dumps(models.ActivityUpdate(notes=None))) == {"notes": None}
    assert orjson.loads(dumps(models.ActivityUpdate(name="Pour slab"))) == {"name": "Pour slab"}
    assert models.ActivityUpdate().notes is UNSET
    assert orjson.loads(dumps(models.ActivityUpdate())) == {}


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_to_dict_to_json_and_from_dict_follow_the_converter(name: str) -> None:
    if name == "ScheduleUpload":
        pytest.skip("the binary multipart part has no JSON form")
    example = SCHEMAS[name]["examples"][0]
    model = getattr(models, name)
    obj = model.from_dict(example)
    as_dict = obj.to_dict()
    assert as_dict == converter.unstructure(obj)
    assert normalise(as_dict) == normalise(example)
    assert obj.to_json() == orjson.dumps(as_dict)
    assert model.from_dict(as_dict) == obj
    assert model.from_dict(orjson.loads(obj.to_json())) == obj


def test_to_dict_spells_values_for_json() -> None:
    example = dict(SCHEMAS["Activity"]["examples"][0])
    activity = models.Activity.from_dict(example)
    as_dict = activity.to_dict()
    assert type(as_dict["type"]) is str  # the enum's value, not the member
    stamps = [v for v in as_dict.values() if isinstance(v, str) and v[:2] == "20" and "T" in v]
    assert stamps
    assert all(s.endswith("Z") for s in stamps)
    update = models.ProjectUpdate(name="Renamed")
    assert update.to_dict() == {"name": "Renamed"}  # UNSET fields are left out
    assert models.ProjectUpdate(description=None).to_dict() == {"description": None}


def test_from_dict_refuses_what_decoding_refuses() -> None:
    bad = dict(SCHEMAS["Project"]["examples"][0], name=None)
    with pytest.raises(cattrs.BaseValidationError):
        models.Project.from_dict(bad)
    with pytest.raises(TypeError, match="mapping"):
        models.Project.from_dict([("id", "x")])  # type: ignore[arg-type]
