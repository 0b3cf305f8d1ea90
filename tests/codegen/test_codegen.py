"""The generator: drift detection, headers, naming rules. Runs where dmcg is installed."""

from __future__ import annotations

import hashlib
import importlib
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datamodel_code_generator", reason="codegen tests run in `nox -s codegen`")

from codegen._cli import build, main
from codegen._decoders import render_decoders
from codegen._spec import GENERATED_DIR, SPEC_PATH, method_name, snake


def test_committed_code_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_editing_a_schema_makes_check_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "planner.yaml"
    shutil.copy(SPEC_PATH, spec)
    text = spec.read_text(encoding="utf-8")
    edited = text.replace(
        "    PageMeta:\n      type: object\n",
        "    PageMeta:\n      type: object\n      x-edited: true\n",
        1,
    )
    edited = edited.replace(
        "        total:\n          type: integer\n", "        total:\n          type: number\n", 1
    )
    assert edited != text
    spec.write_text(edited, encoding="utf-8")
    assert main(["--check", "--spec", str(spec)]) == 1
    out = capsys.readouterr().out
    assert "models.py (from the spec)" in out
    assert "total: float" in out


def test_every_generated_file_carries_the_spec_hash() -> None:
    digest = hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()
    files = sorted(GENERATED_DIR.rglob("*.py"))
    assert len(files) >= 12
    for path in files:
        head = path.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# generated from openapi/planner.yaml — do not edit"), path
        assert head[1] == f"# spec sha256: {digest}", path


def test_build_is_deterministic() -> None:
    assert build() == build()


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("listProjects", "projects", "list"),
        ("getQualityReport", "quality", "get_report"),
        ("listResourceAssignments", "resources", "list_assignments"),
        ("batchUpdateActivities", "activities", "batch_update"),
        ("sendWebhookTest", "webhooks", "send_test"),
        ("removeUser", "users", "remove"),
    ],
)
def test_method_names_drop_the_tag_noun(operation_id: str, tag: str, expected: str) -> None:
    assert method_name(operation_id, tag) == expected


def test_method_name_refuses_an_empty_result() -> None:
    with pytest.raises(ValueError, match="empty method name"):
        method_name("projects", "projects")


def test_snake_case() -> None:
    assert snake("Idempotency-Key") == "idempotency_key"
    assert snake("listQualityChecks") == "list_quality_checks"


# --- decoders ------------------------------------------------------------------------

_MODELS = """
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import attrs

from kazinex_planner._enum_compat import _unknown_member
from kazinex_planner._unset import UNSET, UnsetType


class Color(StrEnum):
    red = "red"

    @classmethod
    def _missing_(cls, value: object) -> Color | None:
        return _unknown_member(cls, value)


@attrs.frozen(kw_only=True)
class Inner:
    at: datetime


@attrs.frozen(kw_only=True)
class Outer:
    name: str = attrs.field(metadata={"json": "displayName"})
    inner: Inner | None
    tags: list[str] = attrs.field(factory=list)
    colors: list[Color] = attrs.field(factory=list)
    count: int = 3
    note: str | UnsetType | None = UNSET
"""


def _load_decoders(tmp_path: Path, models_source: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    package = tmp_path / "decoders_under_test"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "models.py").write_text(models_source, encoding="utf-8")
    (package / "decoders.py").write_text(render_decoders(models_source, "0" * 64), "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return importlib.import_module("decoders_under_test.decoders")


def test_decoders_follow_renames_defaults_and_factories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decoders = _load_decoders(tmp_path, _MODELS, monkeypatch)
    models = sys.modules["decoders_under_test.models"]
    decode = decoders.DECODERS[models.Outer]
    first = decode({"displayName": "x", "inner": {"at": "2026-03-02T08:00:00Z"}, "name": 1})
    assert first == models.Outer(
        name="x", inner=models.Inner(at=datetime(2026, 3, 2, 8, tzinfo=UTC))
    )
    assert first.note is decoders.UNSET
    second = decode({"displayName": "y", "inner": None, "count": 7, "colors": ["red", "blue"]})
    first.tags.append("mutated")
    assert second.tags == []  # a fresh list per object, as the factory promises
    assert second.count == 7
    assert second.colors[0] is models.Color.red
    assert second.colors[1].value == "blue"  # open enums keep unknown values
    with pytest.raises(KeyError):
        decode({"name": "x", "inner": None})  # the JSON name is required, not the field name
    with pytest.raises(TypeError):
        decode({"displayName": "x", "inner": None, "tags": ["a", 1]})


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("size: int = attrs.field(validator=attrs.validators.ge(0))", "needs __init__"),
        ("size: dict[str, int]", "no decode rule"),
        ("size: int | str", "no decode rule for the union"),
    ],
)
def test_fields_without_a_decode_rule_stop_the_generator(field: str, message: str) -> None:
    source = f"import attrs\n\n\n@attrs.frozen(kw_only=True)\nclass Sized:\n    {field}\n"
    with pytest.raises(ValueError, match=message):
        render_decoders(source, "0" * 64)


def test_decoders_are_checked_for_drift_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "planner.yaml"
    text = SPEC_PATH.read_text(encoding="utf-8")
    marker = "        is_external:\n          type: boolean\n"
    assert marker in text
    spec.write_text(text.replace(marker, "        is_external:\n          type: integer\n", 1))
    assert main(["--check", "--spec", str(spec)]) == 1
    out = capsys.readouterr().out
    assert "decoders.py (from the spec)" in out
    assert "ActivityLink.is_external: expected int" in out
