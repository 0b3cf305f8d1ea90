"""The generator: drift detection, headers, naming rules. Runs where dmcg is installed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

pytest.importorskip("datamodel_code_generator", reason="codegen tests run in `nox -s codegen`")

from codegen._cli import build, main
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
