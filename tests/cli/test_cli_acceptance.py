"""The issue's acceptance walk, with the CLI only: a fresh shell holding just
KAZINEX_API_KEY and KAZINEX_BASE_URL creates a project, uploads a generated file with
--wait, gates on quality, marks a baseline and exports."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kazinex_planner.cli._app import cli

from .conftest import LiveEmulator


def test_create_upload_gate_baseline_export(live: LiveEmulator, tmp_path: Path) -> None:
    xer = tmp_path / "contract.xer"
    # The file stands for what a pipeline generates; everything after it is CLI only.
    from kazinex_planner.schedule_files import generate_xer

    xer.write_bytes(generate_xer(projects=1, activities_per_project=80, seed=11))

    project = live.json("projects", "create", "--name", "Riverside", "--code", "RS")
    upload = live.invoke("schedules", "upload", project["id"], str(xer), "--wait")
    assert upload.exit_code == 0, upload.output
    assert "is ready: 80 activities" in upload.output

    passing = live.invoke("quality", "--project", project["id"], "--fail-under", "10")
    assert passing.exit_code == 0, passing.output
    failing = live.invoke("quality", "--project", project["id"], "--fail-under", "99.5")
    assert failing.exit_code == 5
    assert "quality gate failed: score" in failing.stderr
    assert "failing checks:" in failing.stderr

    (schedule,) = live.lines("schedules", "list", project["id"])
    baseline = live.json("baselines", "mark", project["id"], "--schedule-id", schedule["id"])
    assert baseline["is_primary"] is True

    out = tmp_path / "export"
    exported = live.invoke("export", "--out", str(out))
    assert exported.exit_code == 0, exported.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "complete"
    assert (out / project["id"] / "activities.jsonl").read_text().count("\n") == 80


def test_local_quality_gate_lists_failing_checks(tmp_path: Path) -> None:
    from kazinex_planner.schedule_files import generate_xer

    xer = tmp_path / "s.xer"
    xer.write_bytes(generate_xer(projects=1, activities_per_project=40, seed=3))
    runner = CliRunner()
    ok = runner.invoke(cli, ["quality", str(xer), "--fail-on-grade", "critical"])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(cli, ["quality", str(xer), "--fail-on-grade", "good"])
    assert bad.exit_code == 5
    assert "or worse (--fail-on-grade)" in bad.stderr
    both = runner.invoke(cli, ["quality", "--fail-under", "50"])
    assert both.exit_code == 2
    assert "give either FILE or --project ID" in both.output
