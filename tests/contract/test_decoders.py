"""The generated decoders against the detailed cattrs converter, the reference for the rules.

Same data in, the same verdict out (both accept or both reject) and, when both accept,
equal models. The data: every schema example in the spec, random instances of every
schema drawn by hypothesis (``_strategies.py``, which also adds unknown keys wherever a
schema allows them), and those instances broken one field at a time.
"""

from __future__ import annotations

import ast
import copy
import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cattrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kazinex_planner import _converter, models
from kazinex_planner._converter import converter, fast_converter, structure
from kazinex_planner._generated.decoders import DECODERS
from kazinex_planner._unset import UNSET

from . import _strategies
from ._harness import load_spec

SPEC = load_spec()
SCHEMAS = SPEC["components"]["schemas"]
# ScheduleUpload is a multipart body (a binary part): it has no JSON form to decode.
OBJECTS = sorted(
    n for n, s in SCHEMAS.items() if s.get("type") == "object" and n != "ScheduleUpload"
)


def _verdict(decode: Callable[[], Any]) -> tuple[bool, Any]:
    try:
        return True, decode()
    except Exception as error:  # any failure is a rejection
        return False, error


def assert_same_verdict(data: Any, name: str) -> bool:
    """Both accept with equal models, or both reject; returns whether they accepted."""
    model = getattr(models, name)
    decoder = DECODERS[model]
    generated_ok, generated = _verdict(lambda: decoder(copy.deepcopy(data)))
    reference_ok, reference = _verdict(lambda: converter.structure(copy.deepcopy(data), model))
    assert generated_ok == reference_ok, (name, data, generated, reference)
    if generated_ok:
        assert generated == reference
        assert type(generated) is model
    return generated_ok


def test_every_model_has_a_decoder() -> None:
    assert {getattr(models, n) for n in OBJECTS} <= set(DECODERS)


@pytest.mark.parametrize("name", OBJECTS)
def test_every_example_decodes_the_same(name: str) -> None:
    for example in SCHEMAS[name]["examples"]:
        assert assert_same_verdict(example, name)
        assert structure(example, getattr(models, name)) == converter.structure(
            example, getattr(models, name)
        )


def _inline(node: Any) -> Any:
    """The schema with every ``$ref`` replaced by its target (the spec has no cycles)."""
    if isinstance(node, list):
        return [_inline(n) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return _inline(SCHEMAS[node["$ref"].rsplit("/", 1)[1]])
    return {
        k: _inline(v)
        for k, v in node.items()
        if k not in {"examples", "description", "x-secret", "contentMediaType"}
    }


def _instances(name: str) -> st.SearchStrategy[Any]:
    return _strategies.of(SCHEMAS[name], lambda ref: SCHEMAS[ref.rsplit("/", 1)[1]])


SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("name", OBJECTS)
@SETTINGS
@given(data=st.data())
def test_random_valid_instances_decode_the_same(name: str, data: st.DataObject) -> None:
    instance = data.draw(_instances(name))
    assert_same_verdict(instance, name)


# --- broken instances: both must reject ------------------------------------------------


FieldPath = tuple[Any, ...]


def _paths(value: Any, schema: Any, path: FieldPath = ()) -> list[tuple[FieldPath, Any, bool]]:
    """Every (path, resolved schema, required) of the fields present in ``value``."""
    out: list[tuple[FieldPath, Any, bool]] = []
    schema = _inline(schema)
    if isinstance(value, dict):
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        for key, item in value.items():
            if key in props:
                out.append(((*path, key), props[key], key in required))
                out += _paths(item, props[key], (*path, key))
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            out += _paths(item, schema["items"], (*path, i))
    return out


def _types(schema: Any) -> set[str]:
    if "anyOf" in schema:
        return set().union(*(_types(s) for s in schema["anyOf"]))
    kind = schema.get("type")
    found = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if "enum" in schema or "const" in schema:
        found.add("string")
    if schema.get("format") == "date-time":
        found.add("date-time")
    return found


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    data = copy.deepcopy(data)
    target = data
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()


def _mutations(instance: Any, name: str) -> list[tuple[str, Any]]:
    """Broken copies of a valid instance, each wrong in exactly one place."""
    broken: list[tuple[str, Any]] = []
    for path, schema, required in _paths(instance, SCHEMAS[name]):
        kinds = _types(schema)
        # An optional property's model field defaults to None, so null is accepted there.
        if "null" not in kinds and required:
            broken.append((f"null at {path}", _set(instance, path, None)))
        if "integer" in kinds or "number" in kinds:
            broken.append((f"bool at {path}", _set(instance, path, True)))
            broken.append((f"string at {path}", _set(instance, path, "8")))
        if kinds & {"string", "date-time"}:
            broken.append((f"number at {path}", _set(instance, path, 5)))
        if "date-time" in kinds:
            broken.append((f"naive at {path}", _set(instance, path, "2026-03-03T14:20:00")))
        if "array" in kinds:
            broken.append((f"string for array at {path}", _set(instance, path, "ab")))
        if "object" in kinds:
            broken.append((f"array for object at {path}", _set(instance, path, [])))
        if "boolean" in kinds:
            broken.append((f"int at {path}", _set(instance, path, 1)))
    required = _inline(SCHEMAS[name]).get("required", [])
    for key in required:
        if isinstance(instance, dict) and key in instance:
            broken.append((f"missing {key}", _set(instance, (key,), _DELETE)))
    return broken


@pytest.mark.parametrize("name", OBJECTS)
def test_broken_examples_are_rejected_by_both(name: str) -> None:
    example = SCHEMAS[name]["examples"][0]
    mutations = _mutations(example, name)
    assert mutations
    for label, data in mutations:
        assert not assert_same_verdict(data, name), label


@pytest.mark.parametrize("name", OBJECTS)
@SETTINGS
@given(data=st.data())
def test_broken_random_instances_are_rejected_by_both(name: str, data: st.DataObject) -> None:
    instance = data.draw(_instances(name))
    if not assert_same_verdict(instance, name):
        return  # an instance the rules refuse already (say a leap second): nothing to break
    for label, broken in _mutations(instance, name):
        assert not assert_same_verdict(broken, name), label


# --- what the client sees --------------------------------------------------------------


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
    with pytest.raises(Exception):  # noqa: B017 - the generated decoders raise plain errors
        DECODERS[models.Activity](_activity(**changes))
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
    assert activity.type is structure(_activity(type="hammock"), models.Activity).type
    assert isinstance(activity.original_duration_hours, float)


def test_ints_become_floats() -> None:
    activity = structure(_activity(total_float_hours=16), models.Activity)
    assert activity.total_float_hours == 16.0
    assert type(activity.total_float_hours) is float


def test_absent_update_fields_stay_unset_and_null_clears() -> None:
    update = structure({"notes": None}, models.ActivityUpdate)
    assert update.notes is None
    assert update.name is UNSET
    assert update.to_dict() == {"notes": None}
    with pytest.raises(cattrs.ClassValidationError):
        structure({"name": None}, models.ActivityUpdate)  # name is not nullable


def test_absent_optional_fields_take_their_defaults() -> None:
    baseline = structure({"schedule_id": "sch_1"}, models.BaselineCreate)
    assert baseline == models.BaselineCreate(schedule_id="sch_1")
    assert baseline.primary is True
    assert baseline.label is None


def test_members_built_in_python_are_kept_but_other_enums_are_not() -> None:
    data = _activity(type=models.ActivityType.task)
    assert structure(data, models.Activity).type is models.ActivityType.task
    assert not assert_same_verdict(_activity(type=models.ActivityStatus.completed), "Activity")


def test_lists_of_models_inside_other_types_use_the_decoders() -> None:
    example = SCHEMAS["Activity"]["examples"][0]
    assert fast_converter.structure([example], list[models.Activity]) == [
        converter.structure(example, models.Activity)
    ]
    with pytest.raises(cattrs.IterableValidationError):
        structure([_activity(name=None)], list[models.Activity])


def test_a_string_is_not_an_array() -> None:
    # cattrs alone would make ["a", "b"] of "ab"; the SDK's rule is a JSON array.
    webhook = {**SCHEMAS["Webhook"]["examples"][0], "events": "ab"}
    assert not assert_same_verdict(webhook, "Webhook")


def test_the_collector_is_paused_only_while_decoding() -> None:
    example = SCHEMAS["Activity"]["examples"][0]
    seen: list[bool] = []
    real = DECODERS[models.Activity]

    def spy(data: object) -> Any:
        seen.append(gc.isenabled())
        return real(data)

    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(_converter._decoders, models.Activity, spy)
        assert gc.isenabled()
        structure(example, models.Activity)
        with pytest.raises(cattrs.ClassValidationError):
            structure({**example, "name": None}, models.Activity)
        assert gc.isenabled()  # resumed after a failure too
        gc.disable()
        try:
            structure(example, models.Activity)
            assert not gc.isenabled()  # someone else's pause is theirs to end
        finally:
            gc.enable()
    assert seen == [False, False, False]


def test_the_package_compiles_no_code_at_runtime() -> None:
    """The decoders are source files now: nothing in the package calls exec/eval/compile."""
    package = Path(models.__file__).resolve().parent
    calls = [
        f"{path.relative_to(package)}:{node.lineno}"
        for path in sorted(package.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"exec", "eval", "compile"}
    ]
    assert calls == []
